/** `npm run seed`: creates the demo bank in the configured database (idempotent). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { seed } from './index'

const payload = await getPayload({ config })
try {
  const { created } = await seed(payload)
  const total = Object.values(created).reduce((s, n) => s + n, 0)
  payload.logger.info(total === 0 ? 'Seed: the demo bank is already there; nothing changed.' : `Seed: created ${JSON.stringify(created)}`)
} finally {
  await payload.destroy()
}
process.exit(0)
