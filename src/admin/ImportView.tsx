import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { roleOf } from '../access/roles'
import { AdminScreen } from './AdminScreen'
import { ImportForm } from './ImportForm'
import { tr } from './strings'

const IMPORTERS = ['admin', 'compliance', 'manager', 'staff']

/** /admin/import: upload a spreadsheet, see the dry run, commit. */
export const ImportView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  if (!req.user) redirect('/admin/login')
  const lang = req.i18n.language
  const role = roleOf(req.user)
  const campaigns = await req.payload.find({
    collection: 'campaigns',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    req,
    select: { slug: true, status: true, title: true, titleEn: true },
    sort: '-startDate',
    user: req.user,
  })
  return (
    <AdminScreen initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>{tr(lang, 'importTitle')}</h1>
        <p>{tr(lang, 'importIntro')}</p>
        {role && IMPORTERS.includes(role) ? (
          <ImportForm
            campaigns={campaigns.docs.map((c) => ({ id: c.id, label: lang === 'en' ? (c.titleEn ?? c.title) : c.title, running: c.status === 'running' }))}
            lang={lang === 'en' ? 'en' : 'zh'}
          />
        ) : (
          <p>{req.t('error:notAllowedToPerformAction')}</p>
        )}
    </AdminScreen>
  )
}
