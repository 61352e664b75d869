import type { PayloadRequest } from 'payload'
import React from 'react'

import { userBranchId } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { monthOf } from '../domain/dates'
import { sumFigures } from '../domain/rollup'
import { totalsFor } from '../reports/totals'
import { completeness, monthsOf } from '../workflow/completeness'

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
  const max = Math.max(1, ...days.map(([, v]) => v))
  const W = 560
  const H = 120
  const pts = days.map(([, v], i) => `${Math.round((i / Math.max(1, days.length - 1)) * (W - 10)) + 5},${H - 5 - Math.round((v / max) * (H - 20))}`).join(' ')
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN')
  const t = lang === 'en'
    ? { days: 'People reached per day', events: 'Events', leaflets: 'Leaflets', missing: `${missing} outlet(s) have submitted nothing for ${now}`, people: 'People reached', title: `${campaign.titleEn ?? campaign.title} — progress (approved records)`, top: 'Top branches by people reached' }
    : { days: '每日覆盖人次', events: '宣传活动（场）', leaflets: '发放资料（份）', missing: `${now} 尚有 ${missing} 个网点未报送`, people: '覆盖人次', title: `${campaign.title} · 进度（已审核记录）`, top: '覆盖人次前五名机构' }
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
          <svg aria-label={t.days} height={H} role="img" viewBox={`0 0 ${W} ${H}`} width="100%">
            <line stroke="#999" x1="5" x2={W - 5} y1={H - 5} y2={H - 5} />
            {days.length > 1 && <polyline fill="none" points={pts} stroke="#8c1d18" strokeWidth="2" />}
          </svg>
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
