import type { Payload, PayloadRequest } from 'payload'

import { relId } from '../access/branchScope'
import { monthOf } from '../domain/dates'
import { bucketKey, rollupOf } from '../domain/rollup'
import { systemRead } from '../lookups'
import type { Activity } from '../payload-types'
import { monthRange } from './completeness'

export type Bucket = { branch: number | string; campaign: number | string; month: string }

export const bucketOf = (a: Pick<Activity, 'branch' | 'campaign' | 'date'> | null | undefined): Bucket | null => {
  const campaign = relId(a?.campaign)
  const branch = relId(a?.branch)
  if (!a?.date || campaign === null || branch === null) return null
  return { branch, campaign, month: monthOf(a.date) }
}

const SOURCE_FIELDS = { date: true, interception: true, leaflets: true, reach: true, status: true, type: true } as const

/**
 * Recomputes one bucket from its records (inside the request's transaction):
 * the rollup is replaced, or removed when the bucket has no record left.
 */
export const recomputeBucket = async (payload: Payload, req: PayloadRequest | undefined, b: Bucket): Promise<void> => {
  const { from, to } = monthRange(b.month)
  const records = await payload.find({
    collection: 'activities',
    ...systemRead,
    req,
    select: SOURCE_FIELDS,
    where: { and: [{ campaign: { equals: b.campaign } }, { branch: { equals: b.branch } }, { date: { greater_than_equal: from } }, { date: { less_than: to } }] },
  })
  const key = bucketKey(b.campaign, b.branch, b.month)
  const existing = await payload.find({ collection: 'rollups', depth: 0, limit: 1, overrideAccess: true, req, select: { key: true }, where: { key: { equals: key } } })
  const current = existing.docs[0]
  if (records.docs.length === 0) {
    if (current) await payload.delete({ collection: 'rollups', id: current.id, overrideAccess: true, req })
    return
  }
  const r = rollupOf(records.docs as never)
  const data = { ...r, branch: b.branch as number, campaign: b.campaign as number, key, month: b.month }
  if (current) await payload.update({ collection: 'rollups', data, depth: 0, id: current.id, overrideAccess: true, req, select: { key: true } })
  else await payload.create({ collection: 'rollups', data, depth: 0, overrideAccess: true, req, select: { key: true } })
}

/** The buckets a change touches: where the record was, and where it is now. */
export const touched = (...docs: Array<Pick<Activity, 'branch' | 'campaign' | 'date'> | null | undefined>): Bucket[] => {
  const seen = new Map<string, Bucket>()
  for (const d of docs) {
    const b = bucketOf(d)
    if (b) seen.set(bucketKey(b.campaign, b.branch, b.month), b)
  }
  return [...seen.values()]
}

/**
 * While an import runs, buckets are collected on the request's context and
 * recomputed once each at the end, not once per row.
 */
export const DEFER_KEY = 'deferredRollups'
export const deferred = (req: PayloadRequest): Map<string, Bucket> | null => {
  const v = req.context?.[DEFER_KEY]
  return v instanceof Map ? (v as Map<string, Bucket>) : null
}

export const recomputeOrDefer = async (req: PayloadRequest, buckets: Bucket[]) => {
  const later = deferred(req)
  for (const b of buckets) {
    if (later) later.set(bucketKey(b.campaign, b.branch, b.month), b)
    else await recomputeBucket(req.payload, req, b)
  }
}

/** `npm run rollups:rebuild`: every bucket recomputed from scratch; rollups of vanished buckets removed. */
export const rebuildAllRollups = async (payload: Payload): Promise<{ buckets: number; removed: number }> => {
  const all = await payload.find({ collection: 'activities', ...systemRead, select: { branch: true, campaign: true, date: true } })
  const buckets = touched(...all.docs)
  for (const b of buckets) await recomputeBucket(payload, undefined, b)
  const keys = new Set(buckets.map((b) => bucketKey(b.campaign, b.branch, b.month)))
  const stale = await payload.find({ collection: 'rollups', ...systemRead, select: { key: true } })
  let removed = 0
  for (const r of stale.docs) {
    if (!keys.has(r.key)) {
      await payload.delete({ collection: 'rollups', id: r.id, overrideAccess: true })
      removed++
    }
  }
  return { buckets: buckets.length, removed }
}

export type RollupDifference = { expected: unknown; field: string; key: string; stored: unknown }

/** Equal as figures: numbers by value, objects by their keys' values (zeros and missing keys alike). */
const sameFigure = (a: unknown, b: unknown): boolean => {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((k) => sameFigure((a as Record<string, unknown>)[k] ?? 0, (b as Record<string, unknown>)[k] ?? 0))
  }
  return (a ?? 0) === (b ?? 0)
}

/**
 * `npm run rollups:verify`: every stored rollup against a recomputation from
 * its records, read in one pass. Returns every difference (a missing rollup,
 * one left over without records, a figure that disagrees); none means the
 * totals reports print are exactly what the records say.
 */
export const verifyRollups = async (payload: Payload): Promise<RollupDifference[]> => {
  const records = await payload.find({ collection: 'activities', ...systemRead, select: { ...SOURCE_FIELDS, branch: true, campaign: true } })
  const groups = new Map<string, Activity[]>()
  for (const r of records.docs) {
    const b = bucketOf(r as Activity)
    if (!b) continue
    const key = bucketKey(b.campaign, b.branch, b.month)
    const group = groups.get(key)
    if (group) group.push(r as Activity)
    else groups.set(key, [r as Activity])
  }
  const stored = await payload.find({ collection: 'rollups', ...systemRead })
  const out: RollupDifference[] = []
  const seen = new Set<string>()
  for (const doc of stored.docs) {
    seen.add(doc.key)
    const group = groups.get(doc.key)
    if (!group) {
      out.push({ expected: null, field: '(rollup)', key: doc.key, stored: 'present without records' })
      continue
    }
    const expected = rollupOf(group as never) as unknown as Record<string, unknown>
    for (const [field, value] of Object.entries(expected)) {
      const have = (doc as unknown as Record<string, unknown>)[field]
      if (!sameFigure(have, value)) out.push({ expected: value, field, key: doc.key, stored: have })
    }
  }
  for (const key of groups.keys()) if (!seen.has(key)) out.push({ expected: 'a rollup', field: '(rollup)', key, stored: null })
  return out
}
