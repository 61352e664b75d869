'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { tr } from './strings'

/** Links to the import and completeness screens: in the nav and above the activities list. */
export const WorkflowLinks = ({ placement }: { placement?: 'list' | 'nav' }) => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const role = (user as { role?: string } | null)?.role
  if (!role || role === 'editor') return null
  const lang = i18n.language
  const links: Array<[string, string]> = [['/admin/import', tr(lang, 'importTitle')]]
  if (role !== 'staff') links.push(['/admin/completeness', tr(lang, 'completeness')])
  return (
    <div className={placement === 'list' ? 'afc-links afc-links--list' : 'afc-links'} style={placement === 'list' ? { display: 'flex', gap: 12, marginBottom: 12 } : { display: 'grid', gap: 4, marginTop: 16 }}>
      {links.map(([href, label]) => (
        <a className={placement === 'list' ? 'btn btn--style-secondary btn--size-small' : 'nav__link'} href={href} key={href}>
          {label}
        </a>
      ))}
    </div>
  )
}

export const WorkflowListLinks = () => <WorkflowLinks placement="list" />
