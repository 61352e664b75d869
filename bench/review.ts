/**
 * `npm run bench:review`: the month up the tree, on a temporary SQLite
 * database, ratios measured in the same run:
 *
 * - POST /api/activities/review approving 1,000 submitted records in one
 *   request (all or nothing: every rule checked first, then the writes, one
 *   rollup per bucket) against Payload's own update loop over 1,000 other
 *   submitted records, one `payload.update` each, in one transaction
 *   (goals: ≤ 10 s, ratio ≤ 1.5);
 * - the returns tree of a 1,000-node bank (10 branches × 9 sub-branches × 10
 *   outlets) from branches, rollups and returns, never records (goal ≤ 300 ms).
 *
 * No assertion: numbers to compare, not a test.
 */
import { rmSync } from 'node:fs'

import { benchDir as dir } from './tempEnv'

const N = Number(process.env.BENCH_REVIEW_IDS ?? 1000)

const { commitTransaction, createLocalReq, getPayload, initTransaction } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { noonInShanghai } = await import('../src/domain/dates')
const { bucketKey } = await import('../src/domain/rollup')
const { loadTree } = await import('../src/returns/service')
const { startServer } = await import('../tests/helpers/http')

const config = await configPromise
const payload = await getPayload({ config })
const server = startServer(config).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
const round = (n: number, d = 1) => +n.toFixed(d)
const tick = () => new Promise((r) => setImmediate(r))

try {
  const ho = await payload.create({ collection: 'branches', data: { code: 'HO', level: 'head-office', name: '总行' } })
  // 10 branches × 9 sub-branches × 10 outlets = 1,000 nodes below head office
  const branches: Array<{ id: number | string }> = []
  const subs: Array<{ id: number | string }> = []
  const outlets: Array<{ id: number | string }> = []
  for (let b = 0; b < 10; b++) {
    const br = await payload.create({ collection: 'branches', data: { code: `B${b}`, level: 'branch', name: `分行${b}`, parent: ho.id }, depth: 0 })
    branches.push(br)
    for (let s = 0; s < 9; s++) {
      const sub = await payload.create({ collection: 'branches', data: { code: `B${b}-${s}`, level: 'sub-branch', name: `支行${b}-${s}`, parent: br.id }, depth: 0 })
      subs.push(sub)
      for (let o = 0; o < 10; o++) {
        outlets.push(await payload.create({ collection: 'branches', data: { code: `B${b}-${s}-${o}`, level: 'outlet', name: `网点${b}-${s}-${o}`, parent: sub.id }, depth: 0, select: {} }))
        await tick()
      }
    }
  }
  const campaign = await payload.create({
    collection: 'campaigns',
    data: { endDate: noonInShanghai('2026-10-31'), participatingBranches: branches.map((b) => b.id), reviewLevel: 'head-office', slug: 'bench', startDate: noonInShanghai('2026-10-01'), status: 'running', title: '基准测试宣传月' },
  })
  const password = 'bench-password-2026'
  await payload.create({ collection: 'users', data: { email: 'a@bench.cn', name: 'a', password, role: 'admin' } })
  const compliance = await payload.create({ collection: 'users', data: { email: 'c@bench.cn', name: 'c', password, role: 'compliance' } })
  const token = ((await (await fetch(`${base}/api/users/login`, { body: JSON.stringify({ email: 'c@bench.cn', password }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })).json()) as { token: string }).token
  const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }

  const file = async (n: number, from: number) => {
    const ids: Array<number | string> = []
    for (let i = 0; i < n; i++) {
      const doc = await payload.create({
        collection: 'activities',
        data: { branch: outlets[(from + i) % 100]!.id, campaign: campaign.id, date: noonInShanghai(`2026-10-${String(1 + (i % 28)).padStart(2, '0')}`), reach: [{ audience: 'public', channel: 'offline', count: 30 }], status: 'submitted', title: `基准 ${i}`, type: 'lobby' },
        depth: 0,
        select: {},
      })
      ids.push(doc.id)
      if (i % 50 === 0) await tick()
    }
    return ids
  }
  const ours = await file(N, 0)
  const theirs = await file(N, 0)

  let t0 = process.hrtime.bigint()
  const res = await fetch(`${base}/api/activities/review`, { body: JSON.stringify({ action: 'approve', ids: ours }), headers, method: 'POST' })
  const reviewed = (await res.json()) as { done: number }
  const review = ms(t0)
  if (res.status !== 200 || reviewed.done !== N) throw new Error(`review answered ${res.status}: ${JSON.stringify(reviewed).slice(0, 300)}`)

  // Payload's own update loop, one record at a time, in one transaction, with the same user's rights
  t0 = process.hrtime.bigint()
  const req = await createLocalReq({ user: { ...compliance, collection: 'users' } as never }, payload)
  await initTransaction(req)
  for (const id of theirs) await payload.update({ collection: 'activities', data: { status: 'approved' }, depth: 0, id, overrideAccess: false, req, select: {}, user: req.user })
  await commitTransaction(req)
  const loop = ms(t0)

  // the tree: rollups for every outlet with records (100 here) and for 400 more, returns for most sub-branches
  for (const [i, o] of outlets.entries()) {
    if (i < 100 || i >= 500) continue
    await payload.create({ collection: 'rollups', data: { branch: o.id, byTypeStatus: { lobby: { approved: 3, submitted: 1 } }, campaign: campaign.id, events: 3, key: bucketKey(campaign.id, o.id, '2026-10'), month: '2026-10', people: 90, records: 4 }, depth: 0, select: {} })
    if (i % 50 === 0) await tick()
  }
  for (const [i, s] of subs.entries()) {
    if (i % 5 === 4) continue
    const at = new Date(`2026-11-0${1 + (i % 8)}T10:00:00+08:00`).toISOString()
    await payload.create({ collection: 'monthly-returns', data: { branch: s.id, campaign: campaign.id, firstSubmittedAt: at, key: bucketKey(campaign.id, s.id, '2026-10'), month: '2026-10', narrative: '本月工作情况', status: i % 3 === 0 ? 'accepted' : 'submitted', submittedAt: at }, depth: 0, select: {} })
  }
  const treeReq = await createLocalReq({ user: { ...compliance, collection: 'users' } as never }, payload)
  const times: number[] = []
  let rows = 0
  for (let i = 0; i < 7; i++) {
    t0 = process.hrtime.bigint()
    rows = (await loadTree(await createLocalReq({ user: treeReq.user as never }, payload), campaign, '2026-10', 'user')).rows.length
    times.push(ms(t0))
  }
  times.sort((a, b) => a - b)

  console.log(
    JSON.stringify(
      {
        records: N,
        reviewMs: round(review),
        payloadUpdateLoopMs: round(loop),
        ratio: round(review / loop, 2),
        goals: { ratio: '≤ 1.5', reviewMs: '≤ 10000', treeMedianMs: '≤ 300' },
        treeNodes: rows,
        treeMedianMs: round(times[3]!),
        treeMaxMs: round(times.at(-1)!),
      },
      null,
      2,
    ),
  )
} finally {
  server.close()
  await payload.destroy()
  rmSync(dir, { force: true, recursive: true })
}
process.exit(0)
