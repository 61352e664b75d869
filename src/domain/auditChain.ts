/**
 * The audit log's hash chain, as pure functions. Each entry's hash covers its
 * own fields and the hash of the entry before it, so changing, removing or
 * inserting any entry breaks every hash after it. No Payload import.
 */
import { createHash } from 'node:crypto'

export const GENESIS = '0'.repeat(64)

export type ChainedFields = {
  seq: number
  at: string
  actor: string | null
  actorName: string | null
  role: string | null
  action: string
  targetCollection: string | null
  targetId: string | null
  summary: string
  details: unknown
  ip: string | null
}

/** JSON with object keys sorted at every depth (a database may hand JSON back in another key order). */
export const canonical = (value: unknown): string => {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
}

/** The fields as the chain sees them: instants as ISO strings, ids as strings, missing as null. */
export const normalise = (e: Partial<Record<keyof ChainedFields, unknown>>): ChainedFields => {
  const str = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v))
  return {
    action: String(e.action ?? ''),
    actor: str(e.actor),
    actorName: str(e.actorName),
    at: new Date(String(e.at)).toISOString(),
    details: e.details ?? null,
    ip: str(e.ip),
    role: str(e.role),
    seq: Number(e.seq),
    summary: String(e.summary ?? ''),
    targetCollection: str(e.targetCollection),
    targetId: str(e.targetId),
  }
}

export const entryHash = (prevHash: string, e: ChainedFields): string =>
  createHash('sha256').update(prevHash).update('\n').update(canonical(e)).digest('hex')

export type ChainProblem = { seq: number; problem: 'altered' | 'missing' | 'broken-link' }

/**
 * Walks entries in sequence order from the first (seq 1): the first entry
 * whose hash does not match its fields, whose previous hash is not the one
 * before it, or whose sequence number skips one, or null when the chain holds.
 */
export const verifyChain = (
  entries: Iterable<Partial<Record<keyof ChainedFields, unknown>> & { hash?: unknown; prevHash?: unknown }>,
  start: { prevHash: string; seq: number } = { prevHash: GENESIS, seq: 0 },
): ChainProblem | null => {
  let prev = start.prevHash
  let expected = start.seq + 1
  for (const raw of entries) {
    const e = normalise(raw)
    if (e.seq !== expected) return { problem: 'missing', seq: expected }
    if (raw.prevHash !== prev) return { problem: 'broken-link', seq: e.seq }
    if (entryHash(prev, e) !== raw.hash) return { problem: 'altered', seq: e.seq }
    prev = String(raw.hash)
    expected++
  }
  return null
}
