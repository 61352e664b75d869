import type { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

/**
 * The SQL adapters' drizzle handle for a request: its transaction's when it
 * has one, else the adapter's own; null on MongoDB (no drizzle). For the few
 * hot paths that write or read many rows at once (bulk review's history
 * rows, the report's per-record sheet, a rollup's records) where Payload's
 * per-document machinery costs more than the work.
 */
export const drizzleOf = async (req: PayloadRequest): Promise<unknown> => {
  const db = req.payload.db as unknown as { drizzle?: unknown; sessions?: Record<string, { db: unknown }> }
  if (!db.drizzle) return null
  const id = await req.transactionID
  return (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
}

type Sql = typeof pgSql
type Q = ReturnType<Sql>
type Engine = { json: { agg: (row: Q, orderBy?: Q) => Q; array: (...values: Q[]) => Q; nested: (subquery: Q) => Q }; sql: Sql }

/** The engine's JSON builders: `json_agg`/`json_build_array` on PostgreSQL, `json_group_array`/`json_array` on SQLite. */
const engineOf = async (postgres: boolean): Promise<Engine> => {
  // each engine's drizzle loaded on first use, by the engine that runs
  const sql = (postgres ? (await import('@payloadcms/db-postgres/drizzle')).sql : (await import('@payloadcms/db-sqlite/drizzle')).sql) as Sql
  return {
    json: {
      agg: (row, orderBy) =>
        postgres
          ? sql`coalesce(json_agg(${row}${orderBy ? sql` ORDER BY ${orderBy}` : sql``}), '[]'::json)`
          : sql`coalesce(json_group_array(${row}${orderBy ? sql` ORDER BY ${orderBy}` : sql``}), '[]')`,
      array: (...values) => (postgres ? sql`json_build_array(${sql.join(values, sql`, `)})` : sql`json_array(${sql.join(values, sql`, `)})`),
      // SQLite: JSON read back from a subquery is text (a quoted string once nested) unless passed through json() again
      nested: (subquery) => (postgres ? sql`(${subquery})` : sql`json((${subquery}))`),
    },
    sql,
  }
}

/** The running engine's `sql` tag (drizzle's, loaded from that engine's adapter). */
export const sqlOf = async (req: PayloadRequest): Promise<Sql> => (await engineOf(req.payload.db.name === 'postgres')).sql

/**
 * Runs a query whose one row's `value` is a JSON document built by the
 * database, and returns it parsed; null on MongoDB (the caller reads through
 * the adapter). One round trip and one parse instead of a driver object and a
 * Payload transform per row.
 */
export const queryJson = async <T>(req: PayloadRequest, build: (e: Engine) => Q): Promise<T | null> => {
  const db = (await drizzleOf(req)) as { all?: (query: unknown) => Promise<Array<{ value: unknown }>>; execute?: (query: unknown) => Promise<{ rows: Array<{ value: unknown }> }> } | null
  if (!db) return null
  const postgres = req.payload.db.name === 'postgres'
  const query = build(await engineOf(postgres))
  const rows = postgres ? (await db.execute!(query)).rows : await db.all!(query)
  const raw = rows[0]?.value ?? null
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as T
}
