'use client'

import { useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React from 'react'

import { tr } from './strings'

/** Above the audit log's list: the entries the current filter shows, as a workbook. */
export const AuditExport = () => {
  const { i18n } = useTranslation()
  const params = useSearchParams()
  const where = new URLSearchParams([...params.entries()].filter(([k]) => k.startsWith('where')))
  return (
    <p style={{ margin: '0 0 12px' }}>
      <a className="btn btn--style-secondary btn--size-small afc-audit-export" download href={`/api/audit-log/export?${where.toString()}`}>
        {tr(i18n.language, 'auditExport')}
      </a>
    </p>
  )
}
