import type { PayloadRequest, Where } from 'payload'

import { relId, subtreeIds } from '../access/branchScope'
import type { BranchId } from '../domain/branchTree'
import { type Figures, sumFigures } from '../domain/rollup'
import { systemRead } from '../lookups'
import type { Rollup } from '../payload-types'

export type Scope = { campaign: BranchId; month: string; root?: BranchId | null }

const FIGURE_FIELDS = {
  branch: true,
  byTypeStatus: true,
  events: true,
  interceptions: true,
  leaflets: true,
  leafletsByMaterial: true,
  lectures: true,
  lossesAvoided: true,
  onlinePosts: true,
  people: true,
  peopleByAudience: true,
  peopleByDay: true,
  peopleOffline: true,
  peopleOnline: true,
  shortVideos: true,
  suspectsCaught: true,
  transactionsStopped: true,
} as const

const asFigures = (r: Partial<Rollup>): Figures => ({
  events: r.events ?? 0,
  interceptions: r.interceptions ?? 0,
  leaflets: r.leaflets ?? 0,
  leafletsByMaterial: (r.leafletsByMaterial as Record<string, number> | null) ?? {},
  lectures: r.lectures ?? 0,
  lossesAvoided: r.lossesAvoided ?? 0,
  onlinePosts: r.onlinePosts ?? 0,
  people: r.people ?? 0,
  peopleByAudience: (r.peopleByAudience as Record<string, number> | null) ?? {},
  peopleByDay: (r.peopleByDay as Record<string, number> | null) ?? {},
  peopleOffline: r.peopleOffline ?? 0,
  peopleOnline: r.peopleOnline ?? 0,
  shortVideos: r.shortVideos ?? 0,
  suspectsCaught: r.suspectsCaught ?? 0,
  transactionsStopped: r.transactionsStopped ?? 0,
})

export type Totals = {
  /** Approved records per activity type. */
  approvedByType: Record<string, number>
  byBranch: Map<string, Figures>
  totals: Figures
}

/**
 * The month's figures for the whole bank or one branch's subtree, summed from
 * the rollups (one row per branch with records, not one per record), and the
 * same per branch. Approved records only, as the rollups keep them.
 */
export const totalsFor = async (req: PayloadRequest, scope: Scope): Promise<Totals> => {
  const ids = scope.root === null || scope.root === undefined ? null : await subtreeIds(req, scope.root)
  const where: Where = {
    and: [{ campaign: { equals: scope.campaign } }, { month: { equals: scope.month } }, ...(ids ? [{ branch: { in: ids } }] : [])],
  }
  const rows = await req.payload.find({ collection: 'rollups', ...systemRead, req, select: FIGURE_FIELDS, where })
  const byBranch = new Map<string, Figures>()
  const approvedByType: Record<string, number> = {}
  for (const r of rows.docs) {
    byBranch.set(String(relId(r.branch)), asFigures(r))
    for (const [type, byStatus] of Object.entries((r.byTypeStatus as Record<string, Record<string, number>> | null) ?? {})) {
      approvedByType[type] = (approvedByType[type] ?? 0) + (byStatus.approved ?? 0)
    }
  }
  return { approvedByType, byBranch, totals: sumFigures([...byBranch.values()]) }
}
