import type { Endpoint, PayloadRequest } from 'payload'

import { drizzleOf, sqlOf } from './drizzle'

/** How long the check waits for the database to take a write before it answers 503. */
export const HEALTH_WAIT_MS = 5_000

/**
 * Proves the database takes a write, and writes nothing: a write transaction
 * is opened (SQLite: BEGIN IMMEDIATE, through the same turns every write
 * takes; PostgreSQL: a transaction id is assigned, which a read-only or
 * recovering server refuses), then rolled back. MongoDB: a ping.
 */
const databaseTakesAWrite = async (req: PayloadRequest): Promise<void> => {
  const db = req.payload.db
  if (db.name === 'mongoose') {
    await (db as unknown as { connection: { db: { admin: () => { ping: () => Promise<unknown> } } } }).connection.db.admin().ping()
    return
  }
  const tx = await db.beginTransaction()
  try {
    if (db.name === 'postgres' && tx) {
      const inTx = { ...req, transactionID: tx } as PayloadRequest
      const sql = await sqlOf(inTx)
      await ((await drizzleOf(inTx)) as { execute: (q: unknown) => Promise<unknown> }).execute(sql`SELECT txid_current()`)
    }
  } finally {
    if (tx) await db.rollbackTransaction(tx)
  }
}

/**
 * `GET /api/health`, for load balancers and the supervisor: 200 when the
 * database takes a write within HEALTH_WAIT_MS, else 503 with the reason.
 * Public (a load balancer has no account); it says nothing but up or down.
 */
export const healthEndpoint: Endpoint = {
  handler: async (req) => {
    const started = Date.now()
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        databaseTakesAWrite(req),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no write within ${HEALTH_WAIT_MS} ms`)), HEALTH_WAIT_MS)
        }),
      ])
      return Response.json({ database: 'ok', ms: Date.now() - started, status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (e) {
      req.payload.logger.warn({ err: e, msg: 'health: the database did not take a write' })
      return Response.json({ database: 'unavailable', status: 'unavailable' }, { headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' }, status: 503 })
    } finally {
      clearTimeout(timer)
    }
  },
  method: 'get',
  path: '/health',
}
