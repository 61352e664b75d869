import { stringify } from 'qs-esm'
import type { PayloadRequest, Where } from 'payload'

import { relId, subtreeIds } from '../access/branchScope'
import type { BranchId } from '../domain/branchTree'
import { dayOf } from '../domain/dates'
import { monthLabel } from '../domain/reportNumbers'
import { type Figures, sumFigures } from '../domain/rollup'
import { activityTypeOptions, audienceOptions, branchLevelOptions, labelOf, type ActivityType, type Audience } from '../domain/vocabulary'
import { returnStatusOptions, timelinessByLevel } from '../domain/returns'
import { loadTree } from '../returns/service'
import type { Lang } from '../i18n/messages'
import { once, systemRead } from '../lookups'
import type { Branch, Campaign } from '../payload-types'
import { completeness, monthRange, monthsOf } from '../workflow/completeness'
import { type Totals, totalsFor } from './totals'

const LOBBY: ActivityType[] = ['lobby']
const OUTREACH: ActivityType[] = ['street', 'community', 'campus', 'hospital', 'enterprise', 'rural', 'lecture', 'quiz', 'joint-event']
const ONLINE: ActivityType[] = ['online-post', 'short-video', 'sms']

export type ReportInput = {
  campaign: Campaign
  /** The month's totals when the caller has them already (the generator fingerprints them too). */
  current?: Totals
  lang: Lang
  month: string
  nextSteps?: string | null
  root?: Branch | null
  serverURL: string
}

/** An admin list URL showing exactly the approved records behind a figure. */
const drill = (serverURL: string, base: Where[], extra: Where[] = []) =>
  `${serverURL}/admin/collections/activities?${stringify({ limit: 100, where: { and: [...base, ...extra] } }, { encode: true })}`

/**
 * Everything a report template can print, from the rollups (totals, per
 * branch, per type/audience/material, previous month), the campaign (period,
 * targets), highlights (approved interceptions with losses avoided, and the
 * records head office marked), and completeness (branches that did not
 * submit). Numbers are plain; templates format them with filters.
 */
/** Every branch with what a report prints of it, read once per request (the data and the workbook's names both use it). */
export const reportBranches = (req: PayloadRequest) =>
  once(req, 'report:branches', () =>
    req.payload.find({ collection: 'branches', ...systemRead, req, select: { code: true, level: true, name: true, nameEn: true, parent: true, path: true }, sort: 'code' }),
  )

export const reportData = async (req: PayloadRequest, input: ReportInput) => {
  const { campaign, lang, month, root } = input
  const scopeIds = root ? await subtreeIds(req, root.id) : null
  const { approvedByType, byBranch, totals } = input.current ?? (await totalsFor(req, { campaign: campaign.id, month, root: root?.id }))
  const months = monthsOf(campaign)
  const prevMonth = months[months.indexOf(month) - 1]
  // each earlier month's totals once: the previous month is the last of them, and all of them make the running total
  const earlier = await Promise.all(months.slice(0, months.indexOf(month)).map(async (m) => (await totalsFor(req, { campaign: campaign.id, month: m, root: root?.id })).totals))
  const previous = earlier.at(-1) ?? null
  const cumulative = sumFigures([...earlier, totals])

  const count = (types: ActivityType[]) => types.reduce((n, t) => n + (approvedByType[t] ?? 0), 0)

  // the rows of the per-branch table: the scope's direct children (or the bank's branches), each with its subtree
  const branches = await reportBranches(req)
  const top = root ? root : branches.docs.find((b) => b.level === 'head-office') ?? null
  const children = branches.docs.filter((b) => (top ? String(relId(b.parent)) === String(top.id) : relId(b.parent) === null))
  const under = (id: BranchId) => branches.docs.filter((b) => String(b.id) === String(id) || (b.path ?? '').includes(`/${id}/`)).map((b) => String(b.id))
  const { from, to } = monthRange(month)
  const base: Where[] = [{ campaign: { equals: campaign.id } }, { status: { equals: 'approved' } }, { date: { greater_than_equal: from } }, { date: { less_than: to } }, ...(scopeIds ? [{ branch: { in: scopeIds } }] : [])]
  const link = (extra: Where[] = []) => drill(input.serverURL, base, extra)
  const branchRows = children
    .map((b) => {
      const ids = under(b.id)
      const f = sumFigures(ids.map((id) => byBranch.get(id)).filter((x): x is Figures => Boolean(x)))
      return { code: b.code, events: f.events, interceptions: f.interceptions, leaflets: f.leaflets, link: link([{ branch: { in: ids } }]), lossesAvoided: f.lossesAvoided, name: lang === 'en' ? (b.nameEn ?? b.name) : b.name, people: f.people }
    })
    .filter((r) => r.events > 0 || !root)

  const materials = await req.payload.find({ collection: 'materials', depth: 0, limit: 0, locale: lang, overrideAccess: true, pagination: false, req, select: { code: true, title: true } })
  const byMaterial = Object.entries(totals.leafletsByMaterial)
    .map(([id, leaflets]) => ({ leaflets, link: link([{ 'leaflets.material': { equals: id } }]), title: materials.docs.find((m) => String(m.id) === id)?.title ?? id }))
    .sort((a, b) => b.leaflets - a.leaflets)
  const byAudience = Object.entries(totals.peopleByAudience)
    .map(([a, people]) => ({ label: labelOf(audienceOptions, a as Audience, lang), people }))
    .sort((a, b) => b.people - a.people)
  const byType = activityTypeOptions.filter((o) => approvedByType[o.value]).map((o) => ({ events: approvedByType[o.value]!, label: o.label[lang], link: link([{ type: { equals: o.value } }]) }))

  const highlightRecords = await req.payload.find({
    collection: 'activities',
    depth: 1,
    limit: 8,
    overrideAccess: true,
    req,
    select: { branch: true, date: true, highlight: true, interception: true, location: true, title: true, type: true },
    sort: '-interception.lossesAvoided',
    where: { and: [...base, { or: [{ highlight: { equals: true } }, { 'interception.lossesAvoided': { greater_than: 0 } }] }] },
  })
  const highlights = highlightRecords.docs.map((a) => ({
    branch: typeof a.branch === 'object' && a.branch ? (lang === 'en' ? (a.branch.nameEn ?? a.branch.name) : a.branch.name) : '',
    date: a.date,
    lossesAvoided: a.interception?.lossesAvoided ?? 0,
    marked: Boolean(a.highlight),
    title: a.title,
    type: labelOf(activityTypeOptions, a.type, lang),
    url: `${input.serverURL}/admin/collections/activities/${a.id}`,
  }))

  const completenessRows = await completeness(req, campaign, month, 'all')
  const inScope = (id: BranchId) => !scopeIds || scopeIds.some((s) => String(s) === String(id))
  const taking = completenessRows.filter((r) => inScope(r.branch) && r.approved > 0)
  // outlets are where records are filed: the ones with nothing submitted or approved this month
  const notSubmitted = completenessRows
    .filter((r) => inScope(r.branch) && r.level === 'outlet' && !r.hasSubmitted)
    .map((r) => ({ code: r.code, name: lang === 'en' ? (r.nameEn ?? r.name) : r.name }))
  const targets = campaign.targets ?? {}

  // the month's returns in scope: who signed off when (DHIS2's reporting and on-time rates per level) and what they wrote
  const tree = (await loadTree(req, campaign, month, 'all')).rows.filter((r) => inScope(r.id))
  const nodeName = (r: { name: string; nameEn: string | null }) => (lang === 'en' ? (r.nameEn ?? r.name) : r.name)
  const levelName = (l: Branch['level']) => labelOf(branchLevelOptions, l, lang)
  const expected = tree.filter((r) => r.expected)
  const timeliness = {
    expected: expected.length,
    late: expected.filter((r) => r.onTime === false).map((r) => ({ deadline: r.deadline, level: levelName(r.level), name: nodeName(r), submittedAt: r.submittedAt })),
    levels: timelinessByLevel(tree).map((l) => ({ ...l, label: levelName(l.level) })),
    missing: expected.filter((r) => r.status !== 'submitted' && r.status !== 'accepted').map((r) => ({ deadline: r.deadline, late: r.late, level: levelName(r.level), name: nodeName(r), status: labelOf(returnStatusOptions, r.status ?? 'open', lang) })),
    onTime: expected.filter((r) => r.onTime === true).length,
    reported: expected.filter((r) => r.status === 'submitted' || r.status === 'accepted').length,
  }
  const returns = expected
    .filter((r) => (r.status === 'submitted' || r.status === 'accepted') && (r.narrative ?? '').trim() !== '')
    .map((r) => ({ level: levelName(r.level), name: nodeName(r), narrative: r.narrative!, noActivity: r.noActivity, onTime: r.onTime, status: labelOf(returnStatusOptions, r.status!, lang), submittedAt: r.submittedAt }))

  return {
    branches: branchRows,
    byAudience,
    byMaterial,
    byType,
    campaign: { end: dayOf(campaign.endDate), start: dayOf(campaign.startDate), title: lang === 'en' ? (campaign.titleEn ?? campaign.title) : campaign.title },
    channels: { lobby: count(LOBBY), online: count(ONLINE), outreach: count(OUTREACH), posts: approvedByType['online-post'] ?? 0, videos: approvedByType['short-video'] ?? 0 },
    cumulative,
    highlights,
    links: {
      events: link(),
      interceptions: link([{ 'interception.transactionsStopped': { greater_than: 0 } }]),
      lectures: link([{ type: { equals: 'lecture' } }]),
      lobby: link([{ type: { in: LOBBY } }]),
      online: link([{ type: { in: ONLINE } }]),
      outreach: link([{ type: { in: OUTREACH } }]),
    },
    month,
    monthLabel: monthLabel(month, lang),
    nextSteps: input.nextSteps ?? '',
    notSubmitted,
    outletsTakingPart: taking.filter((r) => r.level === 'outlet').length,
    previous,
    previousMonth: prevMonth ?? null,
    returns,
    scope: { name: root ? (lang === 'en' ? (root.nameEn ?? root.name) : root.name) : lang === 'en' ? 'the whole bank' : '全行' },
    targets: { events: targets.events ?? 0, leaflets: targets.leaflets ?? 0, people: targets.peopleReached ?? 0 },
    timeliness,
    totals,
  }
}

export type ReportData = Awaited<ReturnType<typeof reportData>>
