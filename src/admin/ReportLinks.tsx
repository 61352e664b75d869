'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

/** On a report's page: open the rendered report (its numbers link to the records behind them). */
export const ReportLinks = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-primary btn--size-small" href={`/api/reports/${id}/html`} rel="noopener" target="_blank">
        {i18n.language === 'en' ? 'Open the report' : '查看报告'}
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
        {i18n.language === 'en' ? 'Generate a monthly report' : '生成月度报告'}
      </a>
    </p>
  )
}
