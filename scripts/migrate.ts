/**
 * `npm run migrate`: brings a production SQLite database up to the committed
 * migrations (src/migrations). `npm start` does this on its own at boot; this
 * is for operators who deploy with their own process manager.
 */
import { getPayload } from 'payload'

import config from '../payload.config'

const payload = await getPayload({ config })
try {
  await payload.db.migrate()
  payload.logger.info('Migrations are up to date.')
} finally {
  await payload.destroy()
}
process.exit(0)
