import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { userBranchId } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { availableReturnActions, returnStatusOptions } from '../domain/returns'
import { formatDateTime } from '../domain/money'
import { loadTree } from '../returns/service'
import { toReviewLevel } from '../domain/workflow'
import { ReturnActions } from './ReturnActions'
import { monthOf } from '../domain/dates'
import { AdminScreen } from './AdminScreen'
import { branchLevelOptions, labelOf } from '../domain/vocabulary'
import { completeness, monthsOf } from '../workflow/completeness'
import { tr } from './strings'

/**
 * /admin/completeness (and /admin/returns): the month's tree of returns — each
 * node's records by status, its return, deadline and timeliness, its
 * subtree's reporting and on-time rates, and the steps the user may take —
 * with an XLSX export. Server-rendered; the form is a plain GET.
 */
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
  // the subtree's records by status, beside each node of the returns tree
  const counts = new Map(rows.map((r) => [String(r.branch), r]))
  const tree = allowed && campaign && month ? (await loadTree(req, campaign, month)).rows : []
  const visibleRoots = tree.filter((r) => r.parent === null || !tree.some((p) => String(p.id) === String(r.parent)))
  const overall = visibleRoots.length === 0 ? null : visibleRoots.reduce((s, r) => ({ expected: s.expected + r.subtree.expected, onTime: s.onTime + r.subtree.onTime, reported: s.reported + r.subtree.reported }), { expected: 0, onTime: 0, reported: 0 })
  const actor = { branch: userBranchId(req.user), role }
  // who may be offered "approve all submitted" on a node (the server decides per record when it is taken)
  const level = toReviewLevel(campaign?.reviewLevel)
  const reviews = (r: { id: number | string; path: string }) =>
    role === 'admin' || (role === 'compliance' && level === 'head-office') || (role === 'manager' && level !== 'head-office' && actor.branch !== null && (String(r.id) === String(actor.branch) || r.path.includes(`/${actor.branch}/`)))
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN')
  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`)
  const t = (k: Parameters<typeof tr>[1], v?: Record<string, string | number>) => tr(lang, k, v)
  return (
    <AdminScreen initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>{t('completeness')}</h1>
        {!allowed ? (
          <p>{req.t('error:notAllowedToPerformAction')}</p>
        ) : (
          <>
            <p>{t('completenessIntro')}</p>
            <p>{t('treeIntro')}</p>
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
            {overall && (
              <p className="afc-rates">
                <strong>{t('overallRates', { expected: overall.expected, onTime: pct(overall.onTime, overall.expected), reported: overall.reported, reporting: pct(overall.reported, overall.expected) })}</strong>
              </p>
            )}
            <p>
              <strong>{t('notSubmittedCount', { n: rows.filter((r) => !r.hasSubmitted).length })}</strong>
            </p>
            <div className="afc-table-wrap">
            <table className="afc-table afc-completeness afc-tree">
              <thead>
                <tr>
                  <th>{t('branch')}</th>
                  <th>{t('level')}</th>
                  <th className="num">{t('records')}</th>
                  <th>{t('returnStatus')}</th>
                  <th>{t('deadline')}</th>
                  <th>{t('submittedAt')}</th>
                  <th>{t('onTime')}</th>
                  <th className="num">{t('reportingRate')}</th>
                  <th className="num">{t('onTimeRate')}</th>
                  <th>{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {tree.map((r) => {
                  const c = counts.get(String(r.id))
                  const name = lang === 'en' ? (r.nameEn ?? r.name) : r.name
                  return (
                    <tr className={r.late ? 'afc-missing' : ''} data-code={r.code} key={String(r.id)}>
                      <td style={{ paddingInlineStart: `${0.6 + r.depth * 1.2}rem` }}>
                        <a href={`/admin/collections/activities?where[branch][equals]=${r.id}`}>
                          {r.code} {name}
                        </a>
                      </td>
                      <td>{labelOf(branchLevelOptions, r.level, lang)}</td>
                      <td className="num">{c ? `${nf.format(c.draft)} / ${nf.format(c.submitted)} / ${nf.format(c.approved)} / ${nf.format(c.returned)}` : '0 / 0 / 0 / 0'}</td>
                      <td data-status={r.status ?? ''}>
                        {r.expected ? (r.noActivity ? t('returnNoActivity') : labelOf(returnStatusOptions, r.status ?? 'open', lang)) : <span className="afc-muted">{t('noReturn')}</span>}
                        {r.stale && <span className="afc-muted"> ({t('stale')})</span>}
                      </td>
                      <td>{r.expected && r.deadline ? formatDateTime(r.deadline, lang).slice(0, 10) : ''}</td>
                      <td>{r.submittedAt ? formatDateTime(r.submittedAt, lang) : ''}</td>
                      <td>{r.expected ? (r.onTime === true ? t('yes') : r.late ? t('late') : '') : ''}</td>
                      <td className="num">{r.reportingRate === null ? '' : pct(r.subtree.reported, r.subtree.expected)}</td>
                      <td className="num">{r.onTimeRate === null ? '' : pct(r.subtree.onTime, r.subtree.expected)}</td>
                      <td>
                        {campaign && month && (
                          <ReturnActions actions={availableReturnActions(actor, r, c?.total ?? 0)} branch={r.id} campaign={campaign.id} month={month} name={name} waiting={r.expected && r.status !== 'submitted' && r.status !== 'accepted' && reviews(r) ? (c?.submitted ?? 0) : 0} />
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th colSpan={2} scope="row">
                    {t('total')}
                  </th>
                  <td className="num">
                    {(['draft', 'submitted', 'approved', 'returned'] as const).map((k) => nf.format(rows.filter((r) => r.parent === null || !counts.has(String(r.parent))).reduce((sum, r) => sum + r[k], 0))).join(' / ')}
                  </td>
                  <td colSpan={4}>{overall ? `${overall.reported} / ${overall.expected}` : ''}</td>
                  <td className="num">{overall ? pct(overall.reported, overall.expected) : ''}</td>
                  <td className="num">{overall ? pct(overall.onTime, overall.expected) : ''}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
            </div>
          </>
        )}
    </AdminScreen>
  )
}
