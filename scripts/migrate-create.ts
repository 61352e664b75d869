/**
 * `npm run migrate:create -- <name>`: writes a migration for the schema change
 * since the last one (SQLite; MongoDB needs none). Calls the adapter directly
 * because the payload CLI's own loader exits silently on this machine.
 */
import { getPayload } from 'payload'

import config from '../payload.config'

const name = process.argv[2] ?? 'migration'
const payload = await getPayload({ config, disableOnInit: true })
try {
  await payload.db.createMigration({ forceAcceptWarning: true, migrationName: name, payload })
} finally {
  await payload.destroy()
}
process.exit(0)
