/**
 * `npm run bench:actions`: the workflow's bulk actions against Payload's own
 * bulk update, on a temporary SQLite database, in the same run:
 *
 * - POST /api/activities/workflow approving 200 submitted records (a list
 *   page's worth, the most one request takes): each record in its own
 *   transaction, so one refusal leaves the others done;
 * - PATCH /api/activities?where[id][in]=… with { status: 'approved' } over 200
 *   other submitted records: Payload's bulk update, one transaction, rollups
 *   once per bucket (the floor);
 * - the same action when half the ids are refused (drafts): refusals cost a
 *   read, not a write.
 *
 * No assertion: numbers to compare, not a test.
 */
import { rmSync } from 'node:fs'

import { benchDir as dir } from './tempEnv'

const N = Number(process.env.BENCH_ACTION_IDS ?? 200)

const { getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { noonInShanghai } = await import('../src/domain/dates')
const { startServer } = await import('../tests/helpers/http')

const config = await configPromise
const payload = await getPayload({ config })
const server = startServer(config).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
const round = (n: number, d = 1) => +n.toFixed(d)

try {
  const ho = await payload.create({ collection: 'branches', data: { code: 'HO', level: 'head-office', name: '总行' } })
  const br = await payload.create({ collection: 'branches', data: { code: 'GZ', level: 'branch', name: '广州分行', parent: ho.id } })
  const outlets = await Promise.all(Array.from({ length: 10 }, (_, i) => payload.create({ collection: 'branches', data: { code: `GZ-${i}`, level: 'outlet', name: `网点${i}`, parent: br.id } })))
  const campaign = await payload.create({
    collection: 'campaigns',
    data: { endDate: noonInShanghai('2026-10-31'), participatingBranches: [br.id], slug: 'bench', startDate: noonInShanghai('2026-10-01'), status: 'running', title: '基准测试宣传月' },
  })
  const password = 'bench-password-2026'
  // the first user of a database is its administrator; compliance is the second
  await payload.create({ collection: 'users', data: { email: 'a@bench.cn', name: 'a', password, role: 'admin' } })
  await payload.create({ collection: 'users', data: { email: 'c@bench.cn', name: 'c', password, role: 'compliance' } })
  const token = ((await (await fetch(`${base}/api/users/login`, { body: JSON.stringify({ email: 'c@bench.cn', password }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })).json()) as { token: string }).token
  const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }

  const file = async (n: number, status: 'draft' | 'submitted') => {
    const ids: Array<number | string> = []
    for (let i = 0; i < n; i++) {
      const doc = await payload.create({
        collection: 'activities',
        data: { branch: outlets[i % outlets.length]!.id, campaign: campaign.id, date: noonInShanghai(`2026-10-${String(1 + (i % 28)).padStart(2, '0')}`), reach: [{ audience: 'public', channel: 'offline', count: 30 }], status, title: `基准 ${status} ${i}`, type: 'lobby' },
        depth: 0,
      })
      ids.push(doc.id)
    }
    return ids
  }
  const [ours, floor, mixedOk] = [await file(N, 'submitted'), await file(N, 'submitted'), await file(N / 2, 'submitted')]
  const mixedRefused = await file(N / 2, 'draft')

  let t0 = process.hrtime.bigint()
  const a = (await (await fetch(`${base}/api/activities/workflow`, { body: JSON.stringify({ action: 'approve', ids: ours }), headers, method: 'POST' })).json()) as { done: number }
  const actions = ms(t0)
  t0 = process.hrtime.bigint()
  const qs = floor.map((id, i) => `where[id][in][${i}]=${id}`).join('&')
  const b = await fetch(`${base}/api/activities?${qs}`, { body: JSON.stringify({ status: 'approved' }), headers, method: 'PATCH' })
  const bulk = ms(t0)
  t0 = process.hrtime.bigint()
  const m = (await (await fetch(`${base}/api/activities/workflow`, { body: JSON.stringify({ action: 'approve', ids: [...mixedOk, ...mixedRefused] }), headers, method: 'POST' })).json()) as { done: number; refused: number }
  const mixed = ms(t0)
  if (a.done !== N || b.status !== 200 || m.done !== N / 2 || m.refused !== N / 2) throw new Error(`unexpected answers: ${JSON.stringify({ a: a.done, b: b.status, m })}`)
  console.log(
    JSON.stringify(
      {
        bulkActionMs: round(actions),
        ids: N,
        mixedHalfRefusedMs: round(mixed),
        payloadBulkUpdateMs: round(bulk),
        perRecordMs: round(actions / N),
        ratioToPayloadBulk: round(actions / bulk, 2),
      },
      null,
      2,
    ),
  )
} finally {
  server.close()
  await payload.destroy?.()
  rmSync(dir, { force: true, recursive: true })
}
process.exit(0)
