/** The engine this test file runs on: SQLite (npm test) or PostgreSQL (npm run test:postgres; see isolate.ts). */
export const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
export const engineName = onPostgres ? 'PostgreSQL' : 'SQLite'

/** Runs SQL straight on the test database, behind the product's back (to tamper with data, as an intruder with database access would). */
export const rawSql = async (db: unknown, text: string): Promise<Array<Record<string, unknown>>> => {
  const a = db as { client?: { execute: (q: string) => Promise<{ rows: Array<Record<string, unknown>> }> }; pool?: { query: (q: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }
  if (a.pool) return (await a.pool.query(text)).rows
  if (a.client) return (await a.client.execute(text)).rows
  throw new Error('rawSql: neither a SQLite client nor a PostgreSQL pool on this adapter')
}
