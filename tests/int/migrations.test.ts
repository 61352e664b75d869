/**
 * Every committed migration, applied the way production applies it: through
 * Payload's own runner (`payload.db.migrate`, one transaction per migration,
 * libsql's connections with foreign keys on), on a database that was filled
 * with rows in every table — locale, array, `_rels` and version tables too —
 * at every earlier schema. Each step must keep every row and every value
 * (row count and checksum per table over the columns that existed before),
 * never lower an AUTOINCREMENT high-water mark, and leave no dangling
 * foreign key. The list comes from src/migrations, so a new migration is
 * checked the same way. Finally the migrated schema must equal the one
 * Payload pushes from the collections (no drift).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import { commitTransaction, getPayload, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { phashBands } from '../../src/domain/phash'
import { migrations } from '../../src/migrations/sqlite'
import { onPostgres } from '../helpers/engine'
import { schemaDiff } from '../helpers/tableOrder'
import { checksum, describeSchema, type Exec, fillEveryTable, sequences, snapshot, type Snapshot } from '../helpers/sqliteData'

// the schema comes from the migrations only: no development push
process.env.PAYLOAD_MIGRATING = 'true'

let payload: Payload
let exec: Exec
const scratch = mkdtempSync(path.join(tmpdir(), 'afc-drift-'))

beforeAll(async () => {
  // the runner ends the process when a migration throws; here that is a failed test instead
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`the migration runner exited (${code})`)
  }) as never)
  const { default: config } = await import('../../payload.config')
  payload = await getPayload({ config: await config, disableOnInit: true })
  const client = (payload.db as unknown as SQLiteAdapter).client
  exec = async (text, args = []) => (await client.execute({ args: args as never, sql: text })).rows as never
})

afterAll(async () => {
  await payload?.destroy()
  rmSync(scratch, { force: true, recursive: true })
})

/**
 * Columns a migration drops on purpose because their values now live
 * elsewhere: each non-empty value must be found at its new place, keyed by
 * the row it belonged to.
 */
const moved: Record<string, { from: [table: string, key: string, column: string]; to: [table: string, key: string, column: string] }[]> = {
  // a material's single file became the first of its downloads
  '20261127_141055_publishing': [{ from: ['materials', 'id', 'file_id'], to: ['materials_downloads', '_parent_id', 'file_id'] }],
}

/** Payload's own runner, as `npm run migrate` and start-up use it: the listed migrations not yet applied, each in its own transaction. */
const runner = (list: typeof migrations) => payload.db.migrate({ migrations: list as never })

/** Migrations that compute new data from old: a real value before, the computed one checked after. */
const HASH = 'f0e1d2c3b4a59687'
const dataChecks: Record<string, { after: () => Promise<void>; before: () => Promise<unknown> }> = {
  // the global "managers may approve" switch became each campaign's review level
  '20261128_061811_returns_reviews_audit': {
    after: async () => {
      const rows = await exec(`SELECT review_level FROM campaigns`)
      expect(rows.length).toBeGreaterThan(0)
      expect(new Set(rows.map((r) => (r as { review_level: string }).review_level))).toEqual(new Set(['head-office']))
    },
    before: () => exec(`UPDATE workflow_settings SET managers_may_approve = 0`),
  },
  '20261127_234449_photo_hash_bands': {
    after: async () => {
      const [m] = await exec(`SELECT phash_band0, phash_band1, phash_band2, phash_band3, phash_band4, phash_band5 FROM media WHERE phash = '${HASH}'`)
      expect(Object.values(m!)).toEqual(phashBands(HASH))
    },
    before: () => exec(`UPDATE media SET phash = '${HASH}' WHERE id = (SELECT min(id) FROM media)`),
  },
}

/** Derived data a migration drops on purpose: rows holding a value in the column may go, with the column. */
const discarded: Record<string, { column: string; table: string }[]> = {
  // duplicate-photo links are looked up when a record is read instead of stored
  '20261127_234449_photo_hash_bands': [
    { column: 'activities_id', table: 'activities_rels' },
    { column: 'activities_id', table: '_activities_v_rels' },
  ],
  // activities are no longer locked while open: their (transient) locks go with the column
  '20261128_033531_no_activity_locks': [{ column: 'activities_id', table: 'payload_locked_documents_rels' }],
}

/** Columns of transient state a migration drops on purpose: the rows stay, those values go. */
const obsolete: Record<string, string[]> = {
  // Payload's lockout counters and reset-request pacing, replaced by throttling by place
  '20261128_004549_sign_in_throttle': ['users.login_attempts', 'users.lock_until', 'users.reset_password_requested_at'],
  // its value became each campaign's review level (dataChecks above)
  '20261128_061811_returns_reviews_audit': ['workflow_settings.managers_may_approve'],
}

/** What a migration lost or altered, as readable lines (empty when every row and value survived). */
const losses = (migration: string, before: Snapshot, after: Snapshot) => {
  const lines: string[] = []
  const carried = moved[migration] ?? []
  for (const [table, all] of before) {
    const gone = (discarded[migration] ?? []).filter((d) => d.table === table).map((d) => d.column)
    const b = { columns: all.columns.filter((c) => !gone.includes(c)), rows: all.rows.filter((r) => gone.every((c) => r[c] === null)) }
    const a = after.get(table)
    if (!a) {
      if (b.rows.length > 0) lines.push(`${table}: table gone (${b.rows.length} rows)`)
      continue
    }
    if (a.rows.length !== b.rows.length) lines.push(`${table}: ${b.rows.length} rows → ${a.rows.length}`)
    const kept = b.columns.filter((c) => a.columns.includes(c) && !(obsolete[migration] ?? []).includes(`${table}.${c}`))
    if (checksum(a.rows, kept) !== checksum(b.rows, kept)) lines.push(`${table}: content changed in ${kept.join(', ')}`)
    for (const column of b.columns.filter((c) => !a.columns.includes(c))) {
      const move = carried.find((m) => m.from[0] === table && m.from[2] === column)
      const values = b.rows.filter((r) => r[column] !== null)
      if (!move) {
        if (values.length > 0 && !(obsolete[migration] ?? []).includes(`${table}.${column}`)) lines.push(`${table}.${column}: dropped with ${values.length} values`)
        continue
      }
      const [to, toKey, toColumn] = move.to
      const there = new Set((after.get(to)?.rows ?? []).map((r) => JSON.stringify([r[toKey], r[toColumn]])))
      const missing = values.filter((r) => !there.has(JSON.stringify([r[move.from[1]], r[column]])))
      if (missing.length > 0) lines.push(`${table}.${column}: ${missing.length} of ${values.length} values not found in ${to}.${toColumn}`)
    }
  }
  return lines
}

const lowered = (before: Map<string, number>, after: Map<string, number>) =>
  [...before].filter(([t, seq]) => after.has(t) && after.get(t)! < seq).map(([t, seq]) => `${t}: ${seq} → ${after.get(t)}`)

describe.skipIf(onPostgres)('SQLite migrations through Payload’s runner', () => {
  it('keep every row of every table at every step', async () => {
    expect(migrations.length).toBeGreaterThan(1)
    await runner(migrations.slice(0, 1))
    for (let k = 1; k < migrations.length; k++) {
      await fillEveryTable(exec)
      await dataChecks[migrations[k]!.name]?.before()
      const before = await snapshot(exec)
      const seqBefore = await sequences(exec)
      await runner(migrations.slice(0, k + 1))
      await dataChecks[migrations[k]!.name]?.after()
      const applied = (await exec('SELECT name FROM payload_migrations')).map((r) => r.name)
      expect(applied, 'the runner applied it').toContain(migrations[k]!.name)
      const after = await snapshot(exec)
      expect(losses(migrations[k]!.name, before, after), `rows lost or altered by ${migrations[k]!.name}`).toEqual([])
      expect(lowered(seqBefore, await sequences(exec)), `ids handed out again after ${migrations[k]!.name}`).toEqual([])
      expect(await exec('PRAGMA foreign_key_check'), `dangling references after ${migrations[k]!.name}`).toEqual([])
    }
  })

  it('go down and up again, each one, keeping the rows of the schema below it', async () => {
    await runner(migrations)
    // as Payload's migrate:down does: the migration's down in its own transaction, its record removed
    const down = async (m: (typeof migrations)[number]) => {
      const req = { payload } as never
      await initTransaction(req)
      const adapter = payload.db as unknown as SQLiteAdapter
      const db = adapter.sessions[String(await (req as { transactionID: string }).transactionID)]!.db as unknown as SQLiteAdapter['drizzle']
      await m.down({ db, payload, req } as never)
      await db.run(sql`DELETE FROM payload_migrations WHERE name = ${m.name}`)
      await commitTransaction(req)
    }
    for (const m of [...migrations].reverse().slice(0, 3)) {
      await down(m)
      await fillEveryTable(exec)
      const below = await snapshot(exec)
      await runner(migrations.slice(0, migrations.indexOf(m) + 1))
      await down(m)
      expect(losses(m.name, below, await snapshot(exec)), `${m.name} up and down again`).toEqual([])
    }
    await runner(migrations)
  })

  it('produce the schema Payload pushes from the collections', async () => {
    await runner(migrations)
    const client = createClient({ url: `file:${path.join(scratch, 'pushed.db')}` })
    try {
      const { pushSchema } = (payload.db as unknown as SQLiteAdapter).requireDrizzleKit()
      const { apply } = await pushSchema((payload.db as unknown as SQLiteAdapter).schema, drizzle(client) as never)
      await apply()
      const pushed = await describeSchema(async (text) => (await client.execute(text)).rows as never)
      expect(schemaDiff(await describeSchema(exec), pushed)).toEqual([])
    } finally {
      client.close()
    }
  })
})
