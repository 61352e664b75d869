import type { PayloadRequest, Where } from 'payload'

import { readableBranchIds, relId } from '../access/branchScope'
import { ancestorIds, pathSegment, type BranchId } from '../domain/branchTree'
import { monthOf, nextMonth } from '../domain/dates'
import { safeCell } from '../domain/safeCell'
import { branchLevelOptions, labelOf } from '../domain/vocabulary'
import type { Lang } from '../i18n/messages'
import { loadExcelJS } from '../lazyModules'
import { systemRead } from '../lookups'
import type { Branch, Campaign } from '../payload-types'
import { type AdminKey, tr } from '../admin/strings'

export type CompletenessRow = {
  approved: number
  branch: BranchId
  code: string
  draft: number
  /** At least one record of the subtree was submitted or approved this month. */
  hasSubmitted: boolean
  level: Branch['level']
  name: string
  nameEn: string | null
  parent: BranchId | null
  returned: number
  submitted: number
  total: number
}

/** First and last instant of a "YYYY-MM" month in Beijing time. */
export const monthRange = (month: string): { from: string; to: string } => {
  return { from: new Date(`${month}-01T00:00:00+08:00`).toISOString(), to: new Date(`${nextMonth(month)}-01T00:00:00+08:00`).toISOString() }
}

export const monthsOf = (c: Pick<Campaign, 'endDate' | 'startDate'>): string[] => {
  const out: string[] = []
  const end = monthOf(c.endDate)
  for (let cur = monthOf(c.startDate); cur <= end; cur = nextMonth(cur)) out.push(cur)
  return out
}

/** The active branches taking part in a campaign (the participating ones and everything below them; head office aside), by code. */
export const participatingBranches = async (req: PayloadRequest, campaign: Pick<Campaign, 'participatingBranches'>) => {
  const roots = (campaign.participatingBranches ?? []).map((b) => relId(b)).filter((b): b is BranchId => b !== null)
  const where: Where = roots.length === 0 ? {} : { or: [{ id: { in: roots } }, ...roots.map((r) => ({ path: { contains: pathSegment(r) } }))] }
  return (
    await req.payload.find({ collection: 'branches', ...systemRead, req, select: { active: true, code: true, level: true, name: true, nameEn: true, parent: true, path: true }, sort: 'code', where })
  ).docs.filter((b) => b.active !== false && b.level !== 'head-office')
}

/**
 * For a campaign and month: every active branch of the participating
 * subtrees (limited to what the user may read) with its subtree's records by
 * status, and whether it has submitted anything. Counts come from the month's
 * rollups (kept right on every change), one row per branch with records.
 */
export const completeness = async (
  req: PayloadRequest,
  campaign: Campaign,
  month: string,
  /** 'user': what req.user may read; 'all': the product itself (reminder job). */
  scope: 'all' | 'user' = 'user',
): Promise<CompletenessRow[]> => {
  const visible = scope === 'all' ? null : await readableBranchIds(req)
  const branches = (await participatingBranches(req, campaign)).filter((b) => visible === null || visible.some((v) => String(v) === String(b.id)))
  // counts by status come from the month's rollups (one row per branch with records), not from the records
  const rollups = await req.payload.find({
    collection: 'rollups',
    ...systemRead,
    req,
    select: { branch: true, byTypeStatus: true },
    where: { and: [{ campaign: { equals: campaign.id } }, { month: { equals: month } }] },
  })
  const rows = new Map<string, CompletenessRow>(
    branches.map((b) => [
      String(b.id),
      { approved: 0, branch: b.id, code: b.code, draft: 0, hasSubmitted: false, level: b.level, name: b.name, nameEn: b.nameEn ?? null, parent: relId(b.parent), returned: 0, submitted: 0, total: 0 },
    ]),
  )
  const pathOf = new Map<string, string | null | undefined>(branches.map((b) => [String(b.id), b.path]))
  const unknown = rollups.docs.map((r) => String(relId(r.branch))).filter((id) => !pathOf.has(id))
  if (unknown.length > 0) {
    const more = await req.payload.find({ collection: 'branches', ...systemRead, req, select: { path: true }, where: { id: { in: unknown } } })
    for (const b of more.docs) pathOf.set(String(b.id), b.path)
  }
  for (const r of rollups.docs) {
    const id = String(relId(r.branch))
    const byStatus: Record<string, number> = {}
    for (const perStatus of Object.values((r.byTypeStatus as Record<string, Record<string, number>> | null) ?? {})) {
      for (const [status, n] of Object.entries(perStatus)) byStatus[status] = (byStatus[status] ?? 0) + n
    }
    // a branch's records count for it and for every branch above it
    for (const target of [id, ...ancestorIds(pathOf.get(id))]) {
      const row = rows.get(target)
      if (!row) continue
      for (const status of ['draft', 'submitted', 'approved', 'returned'] as const) {
        row[status] += byStatus[status] ?? 0
        row.total += byStatus[status] ?? 0
      }
    }
  }
  for (const row of rows.values()) row.hasSubmitted = row.submitted + row.approved > 0
  return [...rows.values()]
}

/** The completeness table as a workbook, headers in the user's language, text cells neutralised. */
export const completenessXlsx = async (rows: CompletenessRow[], lang: Lang, title: string, month: string): Promise<Buffer> => {
  const ExcelJS = await loadExcelJS()
  const wb = new ExcelJS.Workbook()
  const w = (k: AdminKey) => tr(lang, k)
  const ws = wb.addWorksheet(w('completeness'), { views: [{ state: 'frozen', ySplit: 2 }] })
  ws.addRow([safeCell(`${title} · ${month}`)]).font = { bold: true, size: 13 }
  ws.addRow([w('branchCode'), w('branch'), w('level'), w('draft'), w('submitted'), w('approved'), w('returned'), w('total'), w('hasSubmitted')]).font = { bold: true }
  for (const r of rows) {
    ws.addRow([
      safeCell(r.code),
      safeCell(lang === 'zh' ? r.name : (r.nameEn ?? r.name)),
      labelOf(branchLevelOptions, r.level, lang),
      r.draft,
      r.submitted,
      r.approved,
      r.returned,
      r.total,
      w(r.hasSubmitted ? 'yes' : 'no'),
    ])
  }
  // the total row, as on the screen
  const sum = (k: 'approved' | 'draft' | 'returned' | 'submitted' | 'total') => rows.reduce((n, r) => n + r[k], 0)
  ws.addRow([w('total'), '', '', sum('draft'), sum('submitted'), sum('approved'), sum('returned'), sum('total'), `${rows.filter((r) => r.hasSubmitted).length} / ${rows.length}`]).font = { bold: true }
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 28 : 12))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

