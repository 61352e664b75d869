import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { relId } from '../access/branchScope'
import { holdLock, rollupLockName } from '../concurrency'
import { monthOf } from '../domain/dates'
import { bucketKey, rollupOf, type RollupSource } from '../domain/rollup'
import { queryJson } from '../drizzle'
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
/** A stored rollup's own fields (its figures are compared one by one). */
const ROLLUP_FIELDS: Record<string, true> = Object.fromEntries(
  ['key', 'records', 'events', 'leaflets', 'people', 'peopleOffline', 'peopleOnline', 'lectures', 'onlinePosts', 'shortVideos', 'interceptions', 'transactionsStopped', 'lossesAvoided', 'suspectsCaught', 'leafletsByMaterial', 'peopleByAudience', 'peopleByDay', 'byTypeStatus'].map((k) => [k, true]),
)

type SourceRow = [string, string | null, string, number | null, number | null, number | null, Array<[number | string, number | null]>, Array<[string | null, string | null, number | null]>]

/**
 * A bucket's records, with the fields its figures are computed from. On the
 * SQL engines one query whose value is the bucket as JSON (each record with
 * its leaflets and reach), built by the database: a save costs a few
 * milliseconds whatever the bucket holds, where Payload's find paid ~80 µs
 * per record (an outlet-month of 2,000 records made every save in it 0.2 s
 * slower, holding the bucket's lock meanwhile). MongoDB, and `via: 'adapter'`
 * (rollups:verify's independent reading), go through the Local API.
 */
const recordsOf = async (payload: Payload, req: PayloadRequest | undefined, b: Bucket, via: 'adapter' | 'sql' = 'sql'): Promise<RollupSource[]> => {
  const { from, to } = monthRange(b.month)
  if (via === 'sql') {
    const rows = await queryJson<SourceRow[]>(req ?? (await createLocalReq({}, payload)), ({ json, sql }) => {
      const leaflets = sql`SELECT ${json.agg(json.array(sql`l.material_id`, sql`l.quantity`))} FROM activities_leaflets l WHERE l._parent_id = a.id`
      const reach = sql`SELECT ${json.agg(json.array(sql`r.audience`, sql`r.channel`, sql`r.count`))} FROM activities_reach r WHERE r._parent_id = a.id`
      const row = json.array(sql`a.type`, sql`a.status`, sql`a.date`, sql`a.interception_transactions_stopped`, sql`a.interception_suspects_caught`, sql`a.interception_losses_avoided`, json.nested(leaflets), json.nested(reach))
      return sql`SELECT ${json.agg(row)} AS value FROM activities a WHERE a.campaign_id = ${b.campaign} AND a.branch_id = ${b.branch} AND a.date >= ${from} AND a.date < ${to}`
    })
    if (rows)
      return rows.map(([type, status, date, stopped, suspects, losses, leaflets, reach]) => ({
        date,
        interception: { lossesAvoided: losses === null ? null : Number(losses), suspectsCaught: suspects === null ? null : Number(suspects), transactionsStopped: stopped === null ? null : Number(stopped) },
        leaflets: leaflets.map(([material, quantity]) => ({ material, quantity: quantity === null ? null : Number(quantity) })),
        reach: reach.map(([audience, channel, count]) => ({ audience, channel, count: count === null ? null : Number(count) })),
        status,
        type,
      }))
  }
  const found = await payload.find({
    collection: 'activities',
    ...systemRead,
    req,
    select: SOURCE_FIELDS,
    where: { and: [{ campaign: { equals: b.campaign } }, { branch: { equals: b.branch } }, { date: { greater_than_equal: from } }, { date: { less_than: to } }] },
  })
  return found.docs as RollupSource[]
}

/**
 * Recomputes one bucket from its records (inside the request's transaction):
 * the rollup is replaced, or removed when the bucket has no record left.
 */
export const recomputeBucket = async (payload: Payload, req: PayloadRequest | undefined, b: Bucket): Promise<void> => {
  // one recomputation of a bucket at a time across instances, reading what the previous one committed (src/concurrency.ts)
  await holdLock(req, rollupLockName(bucketKey(b.campaign, b.branch, b.month)))
  const records = await recordsOf(payload, req, b)
  const key = bucketKey(b.campaign, b.branch, b.month)
  const existing = await payload.find({ collection: 'rollups', depth: 0, limit: 1, overrideAccess: true, req, select: { key: true }, where: { key: { equals: key } } })
  const current = existing.docs[0]
  if (records.length === 0) {
    if (current) await payload.delete({ collection: 'rollups', id: current.id, overrideAccess: true, req })
    return
  }
  const r = rollupOf(records)
  const data = { ...r, branch: b.branch, campaign: b.campaign, key, month: b.month }
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
  // in key order: whoever recomputes several buckets locks them in the same order
  return inKeyOrder(seen)
}

/**
 * While an import runs, buckets are collected on the request's context and
 * recomputed once each at the end, not once per row.
 */
export const DEFER_KEY = 'deferredRollups'

/** Buckets in key order (the order their locks are taken in; see src/concurrency.ts). */
export const inKeyOrder = (buckets: Map<string, Bucket>): Bucket[] => [...buckets.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v)
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

/** Reads a collection a page at a time in id order (the memory of one page, whatever the table's size). */
const eachPage = async <T extends { id: number | string }>(payload: Payload, collection: 'activities' | 'rollups', select: Record<string, true>, fn: (docs: T[]) => Promise<void> | void, size = 2000): Promise<void> => {
  let after: number | string | null = null
  for (;;) {
    const page: { docs: Array<{ id: number | string }> } = await payload.find({ collection, depth: 0, limit: size, overrideAccess: true, pagination: false, select, sort: 'id', where: after === null ? {} : { id: { greater_than: after } } })
    if (page.docs.length === 0) return
    await fn(page.docs as unknown as T[])
    after = page.docs.at(-1)!.id
    if (page.docs.length < size) return
  }
}

/** Every (campaign, branch, month) that has records, read a page at a time. */
const bucketsWithRecords = async (payload: Payload, pageSize?: number): Promise<Map<string, Bucket>> => {
  const buckets = new Map<string, Bucket>()
  await eachPage<Activity>(payload, 'activities', { branch: true, campaign: true, date: true }, (docs) => {
    for (const b of touched(...docs)) buckets.set(bucketKey(b.campaign, b.branch, b.month), b)
  }, pageSize)
  return buckets
}

/** `npm run rollups:rebuild`: every bucket recomputed from scratch; rollups of vanished buckets removed. */
export const rebuildAllRollups = async (payload: Payload, opts: { pageSize?: number } = {}): Promise<{ buckets: number; removed: number }> => {
  const buckets = await bucketsWithRecords(payload, opts.pageSize)
  for (const b of buckets.values()) await recomputeBucket(payload, undefined, b)
  const stale: Array<number | string> = []
  await eachPage<{ id: number | string; key: string }>(payload, 'rollups', { key: true }, (docs) => {
    for (const r of docs) if (!buckets.has(r.key)) stale.push(r.id)
  }, opts.pageSize)
  for (const id of stale) await payload.delete({ collection: 'rollups', id, overrideAccess: true })
  return { buckets: buckets.size, removed: stale.length }
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
 * its records, bucket by bucket (the memory of one bucket's records at a
 * time). Returns every difference (a missing rollup, one left over without
 * records, a figure that disagrees); none means the totals reports print are
 * exactly what the records say.
 */
export const verifyRollups = async (payload: Payload, opts: { pageSize?: number } = {}): Promise<RollupDifference[]> => {
  const buckets = await bucketsWithRecords(payload, opts.pageSize)
  const out: RollupDifference[] = []
  const seen = new Set<string>()
  await eachPage<Record<string, unknown> & { id: number | string; key: string }>(payload, 'rollups', ROLLUP_FIELDS, async (docs) => {
    for (const doc of docs) {
      seen.add(doc.key)
      const b = buckets.get(doc.key)
      if (!b) {
        out.push({ expected: null, field: '(rollup)', key: doc.key, stored: 'present without records' })
        continue
      }
      // read through the Local API, not the SQL that keeps the rollups: a cross-check of that path too
      const records = await recordsOf(payload, undefined, b, 'adapter')
      const expected = rollupOf(records) as unknown as Record<string, unknown>
      for (const [field, value] of Object.entries(expected)) {
        if (!sameFigure(doc[field], value)) out.push({ expected: value, field, key: doc.key, stored: doc[field] })
      }
    }
  }, opts.pageSize)
  for (const key of buckets.keys()) if (!seen.has(key)) out.push({ expected: 'a rollup', field: '(rollup)', key, stored: null })
  return out
}
