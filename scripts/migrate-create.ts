/**
 * `npm run migrate:create -- <name>`: writes a migration for the schema change
 * since the last one (SQLite; MongoDB needs none). Calls the adapter directly
 * because the payload CLI's own loader exits silently on this machine.
 * When a change both drops and adds columns of one table, drizzle asks on the
 * terminal whether each is a rename: answer in a terminal (Enter = create).
 */
import { rmSync } from 'node:fs'

import { getPayload } from 'payload'

import config from '../payload.config'

const name = process.argv[2] ?? 'migration'
// the scratch database is pushed from nothing each time: an old one would make drizzle ask about renames
const scratch = (process.env.DATABASE_URL ?? '').replace(/^file:/, '')
for (const suffix of ['', '-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true })
const payload = await getPayload({ config, disableOnInit: true })
try {
  await payload.db.createMigration({ forceAcceptWarning: true, migrationName: name, payload })
} finally {
  await payload.destroy()
}
process.exit(0)
