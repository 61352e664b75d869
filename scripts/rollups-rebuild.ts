/** `npm run rollups:rebuild`: recomputes every rollup from its records (after a restore, or to check nothing drifted). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { rebuildAllRollups } from '../src/workflow/rollups'

const payload = await getPayload({ config })
try {
  const t0 = Date.now()
  const { buckets, removed } = await rebuildAllRollups(payload)
  payload.logger.info(`Rollups rebuilt: ${buckets} buckets, ${removed} stale removed, ${Date.now() - t0} ms.`)
} finally {
  await payload.destroy()
}
process.exit(0)
