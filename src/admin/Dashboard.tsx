import type { PayloadRequest } from 'payload'
import React from 'react'

import { userBranchId } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { monthOf } from '../domain/dates'
import { sumFigures } from '../domain/rollup'
import { totalsFor } from '../reports/totals'
import { completeness, monthsOf } from '../workflow/completeness'
import { tr } from './strings'

const Bar = ({ label, target, value, nf }: { label: string; nf: Intl.NumberFormat; target: number; value: number }) => {
  const pct = target > 0 ? Math.min(100, Math.round((value / target) * 100)) : 0
  return (
    <div style={{ marginBottom: 10 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <span>{label}</span>
        <span>
          {nf.format(value)} / {target > 0 ? nf.format(target) : '—'} {target > 0 ? `(${Math.round((value / target) * 100)}%)` : ''}
        </span>
      </div>
      <div aria-hidden style={{ background: 'var(--theme-elevation-100)', borderRadius: 4, height: 10 }}>
        <div style={{ background: '#8c1d18', borderRadius: 4, height: 10, width: `${pct}%` }} />
      </div>
    </div>
  )
}

/**
 * The admin home's first panel: for the running campaign, progress against
 * its targets, people reached per day, the top branches and how many outlets
 * have not submitted this month — all from the rollups, in the user's scope.
 */
/** People reached per day as bars, with a value axis (gridlines) and a date axis. */
const DailyChart = ({ days, label, nf }: { days: Array<[string, number]>; label: string; nf: Intl.NumberFormat }) => {
  const [W, H, left, bottom, top] = [560, 180, 52, 22, 8]
  const max = Math.max(1, ...days.map(([, v]) => v))
  // a round top for the axis: 1, 2 or 5 × a power of ten
  const p = 10 ** Math.floor(Math.log10(max))
  const axisMax = [1, 2, 5, 10].map((k) => k * p).find((v) => v >= max) ?? max
  const plotW = W - left - 4
  const plotH = H - bottom - top
  const step = days.length > 0 ? plotW / days.length : plotW
  const y = (v: number) => top + plotH - (v / axisMax) * plotH
  const every = Math.max(1, Math.ceil(days.length / 7))
  return (
    <svg aria-label={label} className="afc-chart" role="img" viewBox={`0 0 ${W} ${H}`} width="100%">
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line stroke="var(--theme-elevation-150)" x1={left} x2={W - 4} y1={y(axisMax * f)} y2={y(axisMax * f)} />
          <text fill="var(--theme-elevation-600)" fontSize="11" textAnchor="end" x={left - 6} y={y(axisMax * f) + 4}>
            {nf.format(axisMax * f)}
          </text>
        </g>
      ))}
      {days.map(([day, v], i) => (
        <g key={day}>
          <rect fill="#8c1d18" height={Math.max(0, top + plotH - y(v))} width={Math.max(1, step * 0.7)} x={left + i * step + step * 0.15} y={y(v)}>
            <title>{`${day}: ${nf.format(v)}`}</title>
          </rect>
          {i % every === 0 && (
            <text fill="var(--theme-elevation-600)" fontSize="11" textAnchor="middle" x={left + i * step + step / 2} y={H - 6}>
              {day.slice(5)}
            </text>
          )}
        </g>
      ))}
      <line stroke="var(--theme-elevation-400)" x1={left} x2={W - 4} y1={top + plotH} y2={top + plotH} />
    </svg>
  )
}

export const Dashboard = async ({ payload, user, i18n }: { i18n: { language: string }; payload: PayloadRequest['payload']; user?: PayloadRequest['user'] }) => {
  const role = roleOf(user ?? null)
  if (!role || role === 'editor') return null
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({ user: user as never }, payload)
  const campaign = (await payload.find({ collection: 'campaigns', depth: 0, limit: 1, overrideAccess: false, req, sort: '-startDate', user, where: { status: { equals: 'running' } } })).docs[0]
  if (!campaign) return null
  const root = role === 'manager' || role === 'staff' ? userBranchId(user ?? null) : null
  const months = monthsOf(campaign)
  const now = months.includes(monthOf(new Date())) ? monthOf(new Date()) : months.at(-1)!
  const upTo = months.slice(0, months.indexOf(now) + 1)
  const perMonth = await Promise.all(upTo.map((m) => totalsFor(req, { campaign: campaign.id, month: m, root })))
  const total = sumFigures(perMonth.map((p) => p.totals))
  const byBranch = new Map<string, number>()
  for (const p of perMonth) for (const [id, f] of p.byBranch) byBranch.set(id, (byBranch.get(id) ?? 0) + f.people)
  const topIds = [...byBranch.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5)
  const names = topIds.length
    ? (await payload.find({ collection: 'branches', depth: 0, limit: 5, overrideAccess: true, select: { name: true, nameEn: true }, where: { id: { in: topIds.map(([id]) => id) } } })).docs
    : []
  const missing = (await completeness(req, campaign, now)).filter((r) => r.level === 'outlet' && !r.hasSubmitted).length
  const days = Object.entries(total.peopleByDay).sort(([a], [b]) => a.localeCompare(b))
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN')
  const t = {
    days: tr(lang, 'dashDays'),
    events: tr(lang, 'dashEvents'),
    leaflets: tr(lang, 'dashLeaflets'),
    missing: tr(lang, 'dashMissing', { month: now, n: missing }),
    people: tr(lang, 'people'),
    title: tr(lang, 'dashTitle', { campaign: lang === 'en' ? (campaign.titleEn ?? campaign.title) : campaign.title }),
    top: tr(lang, 'dashTop'),
  }
  return (
    <section className="afc-dashboard" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, marginBottom: 24, padding: 16 }}>
      <h2 style={{ marginTop: 0 }}>{t.title}</h2>
      <div style={{ display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))' }}>
        <div>
          <Bar label={t.leaflets} nf={nf} target={campaign.targets?.leaflets ?? 0} value={total.leaflets} />
          <Bar label={t.people} nf={nf} target={campaign.targets?.peopleReached ?? 0} value={total.people} />
          <Bar label={t.events} nf={nf} target={campaign.targets?.events ?? 0} value={total.events} />
          <p>
            <strong>{t.missing}</strong> · <a href="/admin/completeness">→</a>
          </p>
        </div>
        <div>
          <h3 style={{ margin: '0 0 4px' }}>{t.days}</h3>
          <DailyChart days={days} label={t.days} nf={nf} />
          <h3 style={{ margin: '8px 0 4px' }}>{t.top}</h3>
          <ol style={{ margin: 0 }}>
            {topIds.map(([id, people]) => {
              const b = names.find((n) => String(n.id) === id)
              return (
                <li key={id}>
                  {lang === 'en' ? (b?.nameEn ?? b?.name) : b?.name} — {nf.format(people)}
                </li>
              )
            })}
          </ol>
        </div>
      </div>
    </section>
  )
}
