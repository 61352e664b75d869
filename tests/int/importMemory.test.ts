/**
 * A long import's memory stays bounded: 5,000 rows in one transaction leave
 * the process (after a garbage collection) within 250 MB of where it started,
 * and the JavaScript heap within 64 MB. Before statements were reused
 * (src/sqlite/connections.ts) the same import left ~900 MB behind: every
 * query's prepared statement held native memory until its connection closed.
 */
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { checkAndKeep } from '../../src/import/batch'
import { requestFor, runImport } from '../../src/import/run'
import type { User } from '../../src/payload-types'
import { STATEMENTS_PER_CONNECTION } from '../../src/sqlite/connections'
import { type Booted, bootPayload } from '../helpers/boot'
import { row, xlsx } from '../helpers/sheets'
import { buildWorld, type World } from '../helpers/world'

v8.setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const mb = (n: number) => n / 1024 / 1024

let b: Booted
let w: World
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => b?.cleanup())

it('imports 5,000 rows with the process and its heap bounded', async () => {
  const N = 5000
  const data = await xlsx(Array.from({ length: N }, (_, i) => row(`MEM-${i + 1}`, i % 2 ? 'A1-O1' : 'A1-O2', `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`)))
  const req = await requestFor(b.payload, w.users.managerA1 as User, 'zh')
  const batch = await checkAndKeep(req, w.campaign, { data, mimetype: 'application/octet-stream', name: 'big.xlsx' })
  expect(batch.status).toBe('checked')
  gc()
  const before = process.memoryUsage()
  let peak = before.rss
  const done = await runImport(b.payload, batch.id, { beforeRow: () => void (peak = Math.max(peak, process.memoryUsage().rss)) })
  expect(done.counts?.created).toBe(N)
  gc()
  const after = process.memoryUsage()
  const growth = { heap: mb(after.heapUsed - before.heapUsed), peak: mb(peak - before.rss), rss: mb(after.rss - before.rss) }
  console.log(`import of ${N} rows: RSS +${growth.rss.toFixed(0)} MB after GC (peak +${growth.peak.toFixed(0)} MB), heap +${growth.heap.toFixed(0)} MB; statements kept per connection ≤ ${STATEMENTS_PER_CONNECTION}`)
  expect(growth.rss).toBeLessThan(250)
  expect(growth.peak).toBeLessThan(500)
  expect(growth.heap).toBeLessThan(64)
}, 600_000)
