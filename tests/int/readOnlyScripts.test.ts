/**
 * The scripts the README calls safe beside a running server change nothing
 * (issue 24): `npm run rollups:verify` and `npm run audit:verify`, run
 * against a database built by the migrations (as `npm start` builds it),
 * leave its schema and its migrations table exactly as they were. They used
 * to push the collections' schema and write a "dev" migration row, after
 * which the next `npm start` stopped at an interactive prompt.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { onPostgres } from '../helpers/engine'

const root = path.resolve(__dirname, '../..')

const run = (script: string, env: Record<string, string>) => {
  const { NODE_ENV: _, SCHEMA_PUSH: __, ...rest } = process.env
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, encoding: 'utf8', env: { ...rest, ...env } as NodeJS.ProcessEnv, timeout: 120_000 })
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` }
}

describe.skipIf(onPostgres)('read-only scripts beside a running server', () => {
  it('rollups:verify and audit:verify leave the schema and the migrations table untouched; a database a dev push changed stops start-up with the fix, not a prompt', async () => {
    const file = path.join(process.env.AFC_TEST_DIR!, 'served.db')
    const env = { DATABASE_URL: `file:${file}`, MEDIA_DIR: path.join(process.env.AFC_TEST_DIR!, 'media'), PAYLOAD_SECRET: 'read-only-scripts-test-secret-0123456789' }
    const migrated = run('migrate', env)
    expect(migrated.code, migrated.out).toBe(0)
    const client = createClient({ url: `file:${file}` })
    const snapshot = async () => ({
      migrations: (await client.execute('SELECT name, batch FROM payload_migrations ORDER BY id')).rows.map((r) => `${r.name}@${r.batch}`),
      schema: (await client.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")).rows.map((r) => `${r.type} ${r.name} ${r.sql}`),
    })
    try {
      const before = await snapshot()
      expect(before.migrations.length).toBeGreaterThan(0)
      for (const script of ['rollups:verify', 'audit:verify']) {
        const res = run(script, env)
        expect(res.code, `${script}\n${res.out}`).toBe(0)
        const after = await snapshot()
        expect(after.migrations, script).toEqual(before.migrations)
        expect(after.schema, script).toEqual(before.schema)
      }
      expect((await snapshot()).migrations.some((m) => m.startsWith('dev@'))).toBe(false)

      // a database a development push did change: start-up without a terminal fails at once, naming the fix,
      // instead of waiting for a (y/N) nobody can type (the server served nothing)
      await client.execute("INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ('dev', -1, '2026-12-05', '2026-12-05')")
      const started = Date.now()
      const refused = run('migrate', env)
      expect(refused.code).not.toBe(0)
      expect(refused.out).toMatch(/development schema push.*npm run restore.*npm run migrate/s)
      expect(Date.now() - started).toBeLessThan(60_000)
    } finally {
      client.close()
    }
  }, 240_000)
})
