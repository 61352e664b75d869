import type { PayloadRequest } from 'payload'

/**
 * The SQL adapters' drizzle handle for a request: its transaction's when it
 * has one, else the adapter's own; null on MongoDB (no drizzle). For the few
 * hot paths that write or read many rows at once (bulk review's history
 * rows, the report's per-record sheet) where Payload's per-document
 * machinery costs more than the work.
 */
export const drizzleOf = async (req: PayloadRequest): Promise<unknown> => {
  const db = req.payload.db as unknown as { drizzle?: unknown; sessions?: Record<string, { db: unknown }> }
  if (!db.drizzle) return null
  const id = await req.transactionID
  return (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
}
