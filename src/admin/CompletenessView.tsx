import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { roleOf } from '../access/roles'
import { monthOf } from '../domain/dates'
import { AdminScreen } from './AdminScreen'
import { branchLevelOptions, labelOf } from '../domain/vocabulary'
import { completeness, monthsOf } from '../workflow/completeness'
import { tr } from './strings'

/** /admin/completeness: who has submitted what this month, with an XLSX export. Server-rendered; the form is a plain GET. */
export const CompletenessView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  if (!req.user) redirect('/admin/login')
  const lang = req.i18n.language === 'en' ? 'en' : 'zh'
  const role = roleOf(req.user)
  const allowed = role === 'admin' || role === 'compliance' || role === 'manager'
  const campaigns = (
    await req.payload.find({ collection: 'campaigns', depth: 0, limit: 50, overrideAccess: false, req, sort: '-startDate', user: req.user })
  ).docs
  const pick = (k: string) => (typeof searchParams?.[k] === 'string' ? (searchParams[k] as string) : undefined)
  const campaign = campaigns.find((c) => String(c.id) === pick('campaign')) ?? campaigns.find((c) => c.status === 'running') ?? campaigns[0]
  const months = campaign ? monthsOf(campaign) : []
  const month = months.find((m) => m === pick('month')) ?? (months.includes(monthOf(new Date())) ? monthOf(new Date()) : months.at(-1))
  const rows = allowed && campaign && month ? await completeness(req, campaign, month) : []
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN')
  const t = (k: Parameters<typeof tr>[1], v?: Record<string, string | number>) => tr(lang, k, v)
  return (
    <AdminScreen initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>{t('completeness')}</h1>
        {!allowed ? (
          <p>{req.t('error:notAllowedToPerformAction')}</p>
        ) : (
          <>
            <p>{t('completenessIntro')}</p>
            <form className="afc-form afc-form--inline" method="get">
              <label>
                {t('campaign')}{' '}
                <select defaultValue={campaign ? String(campaign.id) : ''} name="campaign">
                  {campaigns.map((c) => (
                    <option key={c.id} value={c.id}>
                      {lang === 'en' ? (c.titleEn ?? c.title) : c.title}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('month')}{' '}
                <select defaultValue={month} name="month">
                  {months.map((m) => (
                    <option key={m} value={m}>
                      {m}
                    </option>
                  ))}
                </select>
              </label>
              <button className="btn btn--style-secondary btn--size-small" type="submit">
                {t('show')}
              </button>
              {campaign && month && (
                <a className="btn btn--style-primary btn--size-small" href={`/api/activities/completeness?campaign=${campaign.id}&month=${month}&format=xlsx`}>
                  {t('exportXlsx')}
                </a>
              )}
            </form>
            <p>
              <strong>{t('notSubmittedCount', { n: rows.filter((r) => !r.hasSubmitted).length })}</strong>
            </p>
            <div className="afc-table-wrap">
            <table className="afc-table afc-completeness">
              <thead>
                <tr>
                  <th>{t('branch')}</th>
                  <th>{t('level')}</th>
                  <th className="num">{t('draft')}</th>
                  <th className="num">{t('submitted')}</th>
                  <th className="num">{t('approved')}</th>
                  <th className="num">{t('returned')}</th>
                  <th className="num">{t('total')}</th>
                  <th>{t('hasSubmitted')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr className={r.hasSubmitted ? '' : 'afc-missing'} key={String(r.branch)}>
                    <td>
                      <a href={`/admin/collections/activities?where[branch][equals]=${r.branch}`}>
                        {r.code} {lang === 'en' ? (r.nameEn ?? r.name) : r.name}
                      </a>
                    </td>
                    <td>{labelOf(branchLevelOptions, r.level, lang)}</td>
                    <td className="num">{nf.format(r.draft)}</td>
                    <td className="num">{nf.format(r.submitted)}</td>
                    <td className="num">{nf.format(r.approved)}</td>
                    <td className="num">{nf.format(r.returned)}</td>
                    <td className="num">{nf.format(r.total)}</td>
                    <td>{r.hasSubmitted ? t('yes') : t('no')}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th colSpan={2} scope="row">
                    {t('total')}
                  </th>
                  {(['draft', 'submitted', 'approved', 'returned', 'total'] as const).map((k) => (
                    <td className="num" key={k}>
                      {nf.format(rows.reduce((sum, r) => sum + r[k], 0))}
                    </td>
                  ))}
                  <td>
                    {rows.filter((r) => r.hasSubmitted).length} / {rows.length}
                  </td>
                </tr>
              </tfoot>
            </table>
            </div>
          </>
        )}
    </AdminScreen>
  )
}
