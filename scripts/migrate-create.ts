/**
 * `npm run migrate:create -- <name>`: writes, for each SQL engine, a migration
 * for the schema change since that engine's last one, both from the same
 * collections: src/migrations/sqlite/ (on a scratch SQLite file) and
 * src/migrations/postgres/ (on a throwaway PostgreSQL server; see
 * scripts/postgres-server.mjs). MongoDB needs none. `-- <name> sqlite` or
 * `-- <name> postgres` writes one engine's only.
 * Calls the adapter directly because the payload CLI's own loader exits
 * silently on this machine. When a change both drops and adds columns of one
 * table, drizzle asks on the terminal whether each is a rename: answer in a
 * terminal (Enter = create). SQLite table rebuilds in the new file are
 * rewritten into `rebuildTable` calls.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { getPayload } from 'payload'

const [name = 'migration', engine] = process.argv.slice(2)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

if (engine !== 'sqlite' && engine !== 'postgres') {
  if (engine) {
    console.error(`unknown engine "${engine}": sqlite or postgres`)
    process.exit(2)
  }
  for (const e of ['sqlite', 'postgres']) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), fileURLToPath(import.meta.url), name, e], { stdio: 'inherit' })
    if (r.status !== 0) process.exit(r.status ?? 1)
  }
  process.exit(0)
}

// the scratch database is made from nothing each time: an old one would make drizzle ask about renames
let stopServer = async () => {}
if (engine === 'postgres') {
  const { startPostgres } = await import('./postgres-server.mjs')
  const server = await startPostgres()
  process.env.DATABASE_URL = await server.createDatabase('scratch')
  stopServer = server.stop
} else {
  const scratch = path.join(root, 'data', 'migrations-scratch.db')
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true })
  process.env.DATABASE_URL = `file:${scratch}`
}
const { default: config } = await import('../payload.config')
const { migrationDirs } = await import('../src/db')
const { safeRebuilds } = await import('../src/sqlite/safeRebuilds')
const payload = await getPayload({ config, disableOnInit: true })
const dir = migrationDirs[engine]
const before = new Set(readdirSync(dir))
try {
  await payload.db.createMigration({ forceAcceptWarning: true, migrationName: name, payload })
  for (const file of readdirSync(dir).filter((f) => !before.has(f) && f.endsWith('.ts'))) {
    const at = path.join(dir, file)
    const source = readFileSync(at, 'utf8')
    // drizzle-kit's SQLite table rebuilds would empty the tables that refer to the rebuilt one (see src/sqlite/rebuildTable.ts)
    const safe = engine === 'sqlite' ? safeRebuilds(source) : source
    if (safe !== source) writeFileSync(at, safe)
    console.log(`${engine}/${file}: written; check it with npm run test:int -- tests/int/migrations.test.ts (and npm run test:postgres -- tests/int/migrations.test.ts)`)
  }
} finally {
  await payload.destroy()
  // the pool's idle connections would report the server's shutdown as an unhandled error
  await (payload.db as unknown as { pool?: { end: () => Promise<void> } }).pool?.end().catch(() => {})
  await stopServer()
}
process.exit(0)
