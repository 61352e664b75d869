import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { tr } from './strings'

import { roleOf } from '../access/roles'
import { monthsOf } from '../workflow/completeness'
import { AdminScreen } from './AdminScreen'
import { GenerateReportForm } from './GenerateReportForm'

/** /admin/reports/generate: head office picks campaign, month, scope, language and formats. */
export const GenerateReportView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  if (!req.user) redirect('/admin/login')
  const lang = req.i18n.language === 'en' ? 'en' : 'zh'
  const allowed = ['admin', 'compliance'].includes(roleOf(req.user) ?? '')
  const campaigns = (await req.payload.find({ collection: 'campaigns', depth: 0, limit: 50, overrideAccess: false, req, sort: '-startDate', user: req.user })).docs
  const branches = (await req.payload.find({ collection: 'branches', depth: 0, limit: 0, overrideAccess: false, pagination: false, req, select: { code: true, level: true, name: true, nameEn: true }, sort: 'code', user: req.user, where: { level: { in: ['branch', 'sub-branch'] } } })).docs
  return (
    <AdminScreen initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{tr(lang, 'generateReport')}</h1>
      {allowed ? (
        <GenerateReportForm
          branches={branches.map((b) => ({ id: b.id, label: `${b.code} ${lang === 'en' ? (b.nameEn ?? b.name) : b.name}` }))}
          campaigns={campaigns.map((c) => ({ id: c.id, label: lang === 'en' ? (c.titleEn ?? c.title) : c.title, months: monthsOf(c), running: c.status === 'running' }))}
          lang={lang}
        />
      ) : (
        <p>{req.t('error:notAllowedToPerformAction')}</p>
      )}
    </AdminScreen>
  )
}
