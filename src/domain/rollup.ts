/**
 * A rollup: the figures of one (campaign, branch, month) bucket, computed
 * from its records — never incremented, so it cannot drift. Counts of records
 * by type and status cover every record; the figures reports print (leaflets,
 * people, events, interceptions, losses) cover approved records only. Pure.
 */
import { dayOf } from './dates'
import { ACTIVITY_STATUSES, type ActivityStatus, type ActivityType } from './vocabulary'

export type RollupSource = {
  date?: string | null
  interception?: { lossesAvoided?: number | null; suspectsCaught?: number | null; transactionsStopped?: number | null } | null
  leaflets?: ReadonlyArray<{ material: unknown; quantity?: number | null }> | null
  reach?: ReadonlyArray<{ audience?: string | null; channel?: string | null; count?: number | null }> | null
  status?: string | null
  type: string
}

export type Figures = {
  /** Approved records (one event each). */
  events: number
  interceptions: number
  leaflets: number
  leafletsByMaterial: Record<string, number>
  lectures: number
  lossesAvoided: number
  onlinePosts: number
  people: number
  peopleByAudience: Record<string, number>
  /** People reached per Beijing day ("YYYY-MM-DD"), for the dashboard's line. */
  peopleByDay: Record<string, number>
  peopleOffline: number
  peopleOnline: number
  shortVideos: number
  suspectsCaught: number
  transactionsStopped: number
}

export type Rollup = Figures & {
  /** Every record, by type then status. */
  byTypeStatus: Record<string, Record<string, number>>
  records: number
}

const n = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
const idOf = (v: unknown) => String(v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)
/** Money in fen while summing: no floating-point drift over 100,000 records. */
const fen = (yuan: number) => Math.round(yuan * 100)

export const emptyFigures = (): Figures => ({
  events: 0,
  interceptions: 0,
  leaflets: 0,
  leafletsByMaterial: {},
  lectures: 0,
  lossesAvoided: 0,
  onlinePosts: 0,
  people: 0,
  peopleByAudience: {},
  peopleByDay: {},
  peopleOffline: 0,
  peopleOnline: 0,
  shortVideos: 0,
  suspectsCaught: 0,
  transactionsStopped: 0,
})

const add = (into: Record<string, number>, key: string, v: number) => {
  into[key] = (into[key] ?? 0) + v
}

export const rollupOf = (records: ReadonlyArray<RollupSource>): Rollup => {
  const f = emptyFigures()
  const byTypeStatus: Record<string, Record<string, number>> = {}
  let lossesFen = 0
  for (const r of records) {
    const status = (ACTIVITY_STATUSES as ReadonlyArray<string>).includes(r.status ?? '') ? (r.status as ActivityStatus) : 'draft'
    add((byTypeStatus[r.type] ??= {}), status, 1)
    if (status !== 'approved') continue
    f.events += 1
    const type = r.type as ActivityType
    if (type === 'lecture') f.lectures += 1
    if (type === 'online-post') f.onlinePosts += 1
    if (type === 'short-video') f.shortVideos += 1
    for (const l of r.leaflets ?? []) {
      f.leaflets += n(l.quantity)
      add(f.leafletsByMaterial, idOf(l.material), n(l.quantity))
    }
    for (const p of r.reach ?? []) {
      const c = n(p.count)
      f.people += c
      if (p.channel === 'online') f.peopleOnline += c
      else f.peopleOffline += c
      add(f.peopleByAudience, p.audience ?? 'other', c)
      if (r.date) add(f.peopleByDay, dayOf(r.date), c)
    }
    const stopped = n(r.interception?.transactionsStopped)
    f.transactionsStopped += stopped
    if (stopped > 0 || type === 'interception') f.interceptions += 1
    f.suspectsCaught += n(r.interception?.suspectsCaught)
    lossesFen += fen(n(r.interception?.lossesAvoided))
  }
  f.lossesAvoided = lossesFen / 100
  return { ...f, byTypeStatus, records: records.length }
}

/** The sum of several buckets' figures (a subtree, a month, a campaign). */
export const sumFigures = (list: ReadonlyArray<Figures>): Figures => {
  const t = emptyFigures()
  let lossesFen = 0
  for (const f of list) {
    for (const k of ['events', 'interceptions', 'leaflets', 'lectures', 'onlinePosts', 'people', 'peopleOffline', 'peopleOnline', 'shortVideos', 'suspectsCaught', 'transactionsStopped'] as const) {
      t[k] += f[k]
    }
    lossesFen += fen(f.lossesAvoided)
    for (const [k, v] of Object.entries(f.leafletsByMaterial)) add(t.leafletsByMaterial, k, v)
    for (const [k, v] of Object.entries(f.peopleByAudience)) add(t.peopleByAudience, k, v)
    for (const [k, v] of Object.entries(f.peopleByDay ?? {})) add(t.peopleByDay, k, v)
  }
  t.lossesAvoided = lossesFen / 100
  return t
}

export const bucketKey = (campaign: unknown, branch: unknown, month: string) => `${idOf(campaign)}|${idOf(branch)}|${month}`

