import type { PayloadRequest, Where } from 'payload'

import { relId, subtreeIds } from '../access/branchScope'
import type { BranchId } from '../domain/branchTree'
import { type Figures, sumFigures } from '../domain/rollup'
import type { Rollup } from '../payload-types'

export type Scope = { campaign: BranchId; month: string; root?: BranchId | null }

const FIGURE_FIELDS = {
  branch: true,
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

/**
 * The month's figures for the whole bank or one branch's subtree, summed from
 * the rollups (one row per branch with records, not one per record), and the
 * same per branch. Approved records only, as the rollups keep them.
 */
export const totalsFor = async (req: PayloadRequest, scope: Scope): Promise<{ byBranch: Map<string, Figures>; totals: Figures }> => {
  const ids = scope.root === null || scope.root === undefined ? null : await subtreeIds(req, scope.root)
  const where: Where = {
    and: [{ campaign: { equals: scope.campaign } }, { month: { equals: scope.month } }, ...(ids ? [{ branch: { in: ids } }] : [])],
  }
  const rows = await req.payload.find({ collection: 'rollups', depth: 0, limit: 0, overrideAccess: true, pagination: false, req, select: FIGURE_FIELDS, where })
  const byBranch = new Map<string, Figures>()
  for (const r of rows.docs) byBranch.set(String(relId(r.branch)), asFigures(r))
  return { byBranch, totals: sumFigures([...byBranch.values()]) }
}
