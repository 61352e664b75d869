/**
 * `npm run rollups:verify`: checks every rollup (the totals reports and the
 * dashboard print) against a recomputation from its records. Exit 0 when all
 * agree; 1 with each difference listed otherwise (then `npm run
 * rollups:rebuild` recomputes them). Read-only: safe while the server runs.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { verifyRollups } from '../src/workflow/rollups'

const payload = await getPayload({ config, disableOnInit: true })
let code = 0
try {
  const t0 = Date.now()
  const differences = await verifyRollups(payload)
  for (const d of differences.slice(0, 50)) console.log(`${d.key} ${d.field}: stored ${JSON.stringify(d.stored)}, records say ${JSON.stringify(d.expected)}`)
  if (differences.length > 50) console.log(`… and ${differences.length - 50} more`)
  console.log(differences.length === 0 ? `Rollups verified: all agree with their records (${Date.now() - t0} ms).` : `${differences.length} difference(s): run npm run rollups:rebuild`)
  code = differences.length === 0 ? 0 : 1
} finally {
  await payload.destroy()
}
process.exit(code)
