'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { tr } from './strings'

/** On a report's page: open the rendered report (its numbers link to the records behind them). */
export const ReportLinks = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-primary btn--size-small" href={`/api/reports/${id}/html`} rel="noopener" target="_blank">
        {tr(i18n.language, 'openReport')}
      </a>
    </p>
  )
}

/** Above the reports list: to the generate screen. */
export const GenerateLink = () => {
  const { i18n } = useTranslation()
  return (
    <p style={{ margin: '0 0 12px' }}>
      <a className="btn btn--style-primary btn--size-small afc-generate-link" href="/admin/reports/generate">
        {tr(i18n.language, 'generateReport')}
      </a>
    </p>
  )
}
