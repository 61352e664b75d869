/**
 * `npm run migrate:create -- <name>`: writes a migration for the schema change
 * since the last one (SQLite; MongoDB needs none). Calls the adapter directly
 * because the payload CLI's own loader exits silently on this machine.
 * When a change both drops and adds columns of one table, drizzle asks on the
 * terminal whether each is a rename: answer in a terminal (Enter = create).
 * Table rebuilds in the new file are rewritten into `rebuildTable` calls.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../payload.config'
import { safeRebuilds } from '../src/sqlite/safeRebuilds'

const name = process.argv[2] ?? 'migration'
// the scratch database is pushed from nothing each time: an old one would make drizzle ask about renames
const scratch = (process.env.DATABASE_URL ?? '').replace(/^file:/, '')
for (const suffix of ['', '-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true })
const payload = await getPayload({ config, disableOnInit: true })
const dir = path.resolve(import.meta.dirname, '../src/migrations')
const before = new Set(readdirSync(dir))
try {
  await payload.db.createMigration({ forceAcceptWarning: true, migrationName: name, payload })
  // drizzle-kit's table rebuilds would empty the tables that refer to the rebuilt one (see src/sqlite/rebuildTable.ts)
  for (const file of readdirSync(dir).filter((f) => !before.has(f) && f.endsWith('.ts'))) {
    const at = path.join(dir, file)
    const source = readFileSync(at, 'utf8')
    const safe = safeRebuilds(source)
    if (safe !== source) writeFileSync(at, safe)
    console.log(`${file}: written; check it with npm run test:int -- tests/int/migrations.test.ts`)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
