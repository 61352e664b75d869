import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

/**
 * Transaction-scoped locks for what several app instances on one PostgreSQL
 * database must not do at the same time. SQLite needs none: one process
 * serves it and its write transactions already take turns (src/writeLock.ts).
 *
 * - `rollup:<key>`, exclusive: a bucket's rollup is recomputed by one
 *   transaction at a time, and the next one reads after the first committed
 *   (two saves in one bucket would otherwise each miss the other's record, or
 *   both insert the bucket's first rollup row).
 * - `month:<campaign>:<month>`, shared by every save that checks the month is
 *   open, exclusive for locking it: a save either commits before the lock
 *   exists or sees it and is refused — never saved into a month locked while
 *   it was being checked.
 * - `report:<draftKey>`, exclusive: generations of one draft report take turns.
 * - `audit-chain`, exclusive: entries of the audit log are numbered and
 *   chained one transaction at a time; taken last, just before commit.
 * - `import:<batch>`, exclusive, held by an import's transaction for as long
 *   as it runs: a batch marked `running` whose lock is free (`lockHeld`) was
 *   cut off, one whose lock is held is being worked on by another instance.
 * Taken in the request's transaction and released by the database when it
 * ends, committed or not (a dead process's connection too). Callers that take
 * several take them in key order, so two transactions never wait for each
 * other in a circle.
 */
const NAMESPACE = 0x4146_4332 & 0x7fff_ffff // "AFC2"

export const lockKeyOf = (name: string): number => createHash('sha256').update(name).digest().readInt32BE(0)

type Session = { db: { execute: (q: unknown) => Promise<unknown> } }
const held = new WeakMap<object, Set<string>>()

export const holdLock = async (req: PayloadRequest | undefined, name: string, mode: 'exclusive' | 'shared' = 'exclusive'): Promise<void> => {
  if (!req || req.payload.db.name !== 'postgres') return
  const id = await req.transactionID
  if (id === undefined || id === null) return
  const session = (req.payload.db as unknown as { sessions?: Record<string, Session> }).sessions?.[String(id)]
  if (!session) return
  const mine = held.get(session) ?? new Set<string>()
  held.set(session, mine)
  if (mine.has(`${mode}:${name}`) || mine.has(`exclusive:${name}`)) return
  // loaded here, on PostgreSQL only: the other engines never pay for its module
  const { sql } = await import('@payloadcms/db-postgres/drizzle')
  const fn = mode === 'shared' ? sql.raw('pg_advisory_xact_lock_shared') : sql.raw('pg_advisory_xact_lock')
  await session.db.execute(sql`SELECT ${fn}(${NAMESPACE}, ${lockKeyOf(name)})`)
  mine.add(`${mode}:${name}`)
}

/**
 * True when some transaction holds the lock right now (always false off
 * PostgreSQL, where one process serves the database and knows its own work).
 * Tried on a connection of its own and given back at once when free.
 */
export const lockHeld = async (payload: Payload, name: string): Promise<boolean> => {
  if (payload.db.name !== 'postgres') return false
  type Client = { query: (t: string, v?: unknown[]) => Promise<{ rows: Array<{ free: boolean }> }>; release: () => void }
  const client = await (payload.db as unknown as { pool: { connect: () => Promise<Client> } }).pool.connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query('SELECT pg_try_advisory_xact_lock($1, $2) AS free', [NAMESPACE, lockKeyOf(name)])
    await client.query('COMMIT')
    return !rows[0]!.free
  } finally {
    client.release()
  }
}

/** The audit log's hash chain: one append at a time, until its transaction ends. */
export const AUDIT_CHAIN_LOCK = 'audit-chain'
export const importLockName = (batchId: number | string): string => `import:${String(batchId)}`
export const monthLockName = (campaign: number | string, month: string): string => `month:${String(campaign)}:${month}`
export const rollupLockName = (bucketKey: string): string => `rollup:${bucketKey}`
