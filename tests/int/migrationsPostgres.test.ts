/**
 * The PostgreSQL migrations (src/migrations/postgres), checked as the SQLite
 * ones are (tests/int/migrations.test.ts): applied through Payload's own
 * runner on a database that holds rows in every table at every earlier
 * schema, each step keeping every row and value; run again on a full
 * database, changing nothing; and ending at exactly the schema Payload pushes
 * from the collections (no drift between the engines' migrations and the
 * collections they were generated from). Runs under `npm run test:postgres`.
 */
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { migrations } from '../../src/migrations/postgres'
import { onPostgres } from '../helpers/engine'
import { checksum, describeSchema, type Exec, fillEveryTable, snapshot, type Snapshot } from '../helpers/pgData'
import { schemaDiff } from '../helpers/tableOrder'

// the schema comes from the migrations only: no development push
process.env.PAYLOAD_MIGRATING = 'true'

let payload: Payload
let exec: Exec

const runner = (list: typeof migrations) => payload.db.migrate({ migrations: list as never })

const losses = (before: Snapshot, after: Snapshot) => {
  const lines: string[] = []
  for (const [table, b] of before) {
    const a = after.get(table)
    if (!a) {
      if (b.rows.length > 0) lines.push(`${table}: table gone (${b.rows.length} rows)`)
      continue
    }
    if (a.rows.length !== b.rows.length) lines.push(`${table}: ${b.rows.length} rows → ${a.rows.length}`)
    const kept = b.columns.filter((c) => a.columns.includes(c))
    if (checksum(a.rows, kept) !== checksum(b.rows, kept)) lines.push(`${table}: content changed in ${kept.join(', ')}`)
    for (const column of b.columns.filter((c) => !a.columns.includes(c))) {
      const values = b.rows.filter((r) => r[column] !== null).length
      if (values > 0) lines.push(`${table}.${column}: dropped with ${values} values`)
    }
  }
  return lines
}

describe.runIf(onPostgres)('PostgreSQL migrations through Payload’s runner', () => {
  beforeAll(async () => {
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`the migration runner exited (${code})`)
    }) as never)
    const { default: config } = await import('../../payload.config')
    payload = await getPayload({ config: await config, disableOnInit: true })
    const pool = (payload.db as unknown as { pool: pg.Pool }).pool
    exec = async (text, args = []) => (await pool.query(text, args as unknown[])).rows
  })
  afterAll(async () => payload?.destroy())

  it('keep every row of every table at every step, and a second run on a full database changes nothing', async () => {
    expect(migrations.length).toBeGreaterThan(0)
    await runner(migrations.slice(0, 1))
    for (let k = 1; k < migrations.length; k++) {
      await fillEveryTable(exec)
      const before = await snapshot(exec)
      await runner(migrations.slice(0, k + 1))
      expect(losses(before, await snapshot(exec)), `rows lost or altered by ${migrations[k]!.name}`).toEqual([])
    }
    await fillEveryTable(exec)
    const full = await snapshot(exec)
    expect([...full.values()].every((t) => t.rows.length >= 3), 'every table got rows').toBe(true)
    await runner(migrations)
    expect(losses(full, await snapshot(exec))).toEqual([])
    const applied = (await exec('SELECT name FROM payload_migrations ORDER BY id')).map((r) => r.name)
    expect(applied).toEqual(migrations.map((m) => m.name))
  })

  it('produce the schema Payload pushes from the collections', async () => {
    const server = process.env.AFC_TEST_POSTGRES!
    const name = `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_pushed`
    await exec(`CREATE DATABASE "${name}"`)
    const pool = new pg.Pool({ connectionString: `${server}/${name}` })
    try {
      const adapter = payload.db as unknown as { requireDrizzleKit: () => { pushSchema: (s: unknown, d: unknown) => Promise<{ apply: () => Promise<void> }> }; schema: unknown }
      const { apply } = await adapter.requireDrizzleKit().pushSchema(adapter.schema, drizzle({ client: pool }))
      await apply()
      const pushed = await describeSchema(async (text, args = []) => (await pool.query(text, args as unknown[])).rows)
      const migrated = await describeSchema(exec)
      expect(Object.keys(migrated).length, 'tables compared').toBeGreaterThan(30)
      expect(schemaDiff(migrated, pushed)).toEqual([])
    } finally {
      await pool.end()
    }
  })
})
