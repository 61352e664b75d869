/**
 * `npm run bench:http [-- --db sqlite|postgres|both] [--activities N] [--clients C] [--requests R]`:
 * the REST list of activities (Payload's default page of 10 at the default
 * depth, newest first, as the admin's list and the API read it) under C
 * concurrent clients (default 20), read by a branch manager (scoped to one
 * sub-branch's subtree), by compliance (the whole bank, through its own
 * access rule) and by the administrator (no scope) in the same run, on the
 * demo bank plus N more records (default 20,000) spread over its outlets.
 *
 * The API is served the way production runs it — in processes of its own
 * (tests/helpers/serveProcess.ts: Payload's router behind node:http, with
 * JOBS=off) — and the clients are plain keep-alive HTTP from this process.
 * Prints p50/p95/p99 latency and requests/s per reader, the scoped p95 ÷
 * the unscoped p95 (goal ≤ 1.3) and the bytes of one page; on PostgreSQL
 * also the manager's list through two instances, requests/s ÷ one instance
 * (goal ≥ 1.6; on this machine's 2 cores the clients, the database and the
 * instances share them), and other users' saves while an import commits
 * (below; --saves-only skips the reads). No assertion: numbers to compare,
 * not a test.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { argOf, eachEngine, report, sqlOf } from './engines'
import { serveApi } from './serve'
import { benchEngine, finishBench } from './tempEnv'

if (eachEngine(fileURLToPath(import.meta.url))) process.exit(0)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const EXTRA = Number(argOf('activities') ?? 20_000)
const CLIENTS = Number(argOf('clients') ?? 20)
const REQUESTS = Number(argOf('requests') ?? 400)

const { getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { seed } = await import('../seed')
const { DEMO_PASSWORD } = await import('../seed/bank')

const payload = await getPayload({ config: await configPromise })
const children: ChildProcess[] = []

const serve = async () => (await serveApi(children)).base

type Stats = { p50_ms: number; p95_ms: number; p99_ms: number; requests_per_s: number }

/** REQUESTS reads of the list by CLIENTS clients at once, spread over `bases` in turn; pages 1–5 in turn. */
const load = async (bases: string[], token: string): Promise<Stats> => {
  const times: number[] = []
  let next = 0
  const one = async (i: number) => {
    const t = performance.now()
    const res = await fetch(`${bases[i % bases.length]}/api/activities?page=${1 + (i % 5)}&sort=-date`, { headers: { Authorization: `JWT ${token}` } })
    const body = await res.text()
    if (res.status !== 200) throw new Error(`list answered ${res.status}: ${body.slice(0, 300)}`)
    times.push(performance.now() - t)
  }
  // warm up each instance (caches, prepared statements, JIT)
  for (let i = 0; i < 10 * bases.length; i++) await one(i)
  times.length = 0
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < REQUESTS; i = next++) await one(i)
    }),
  )
  const wall = performance.now() - t0
  times.sort((a, b) => a - b)
  const q = (p: number) => +times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1)
  return { p50_ms: q(50), p95_ms: q(95), p99_ms: q(99), requests_per_s: +((REQUESTS / wall) * 1000).toFixed(1) }
}

/**
 * PostgreSQL: a manager's import of --import-rows rows (default 10,000;
 * queued, run by the jobs worker in its own process) commits while CLIENTS
 * members of staff of one of those outlets save records through the API,
 * each every --save-every-ms (default 2,000). The same saves are timed for
 * 20 s before the import and 20 s after it (the outlet-month then holds the
 * import's rows too), and back to back for 20 s (one outlet's capacity).
 */
const savesDuringImport = async (api: string): Promise<Record<string, number>> => {
  const rowsWanted = Number(argOf('import-rows') ?? 10_000)
  const { createLocalReq } = await import('payload')
  const { checkAndKeep } = await import('../src/import/batch')
  const ExcelJS = (await import('exceljs')).default
  const user = async (email: string) => ({ ...(await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!, collection: 'users' as const })
  const gz = await user('manager@demo.anxin.cn')
  const codes = (prefix: string) => payload.find({ collection: 'branches', depth: 0, limit: 0, pagination: false, where: { and: [{ level: { equals: 'outlet' } }, { code: { like: prefix } }] } }).then((r) => r.docs)
  const gzOutlets = await codes('GZ-01-')
  // another user saving meanwhile: a member of staff of one of those outlets (branches whose month was signed off refuse saves)
  const staff = await user('staff@demo.anxin.cn')
  const staffBranch = typeof staff.branch === 'object' && staff.branch ? staff.branch.id : staff.branch!
  const campaign = (await payload.find({ collection: 'campaigns', depth: 0, limit: 1 })).docs[0]!
  const material = (await payload.find({ collection: 'materials', depth: 0, limit: 1 })).docs[0]!
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('台账')
  ws.addRow(['外部编号', '机构代码', '活动日期', '活动类型', '活动主题', '物料编码', '发放数量', '受众', '渠道', '覆盖人次'])
  for (let i = 0; i < rowsWanted; i++) ws.addRow([`LOAD-${i}`, gzOutlets[i % gzOutlets.length]!.code, `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`, '厅堂宣传', `厅堂宣传 ${i}`, material.code, 20 + (i % 50), '老年人', '线下', 10 + (i % 40)])
  const batch = await checkAndKeep(await createLocalReq({ user: gz as never }, payload), campaign, { data: Buffer.from(await wb.xlsx.writeBuffer()), mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: 'load.xlsx' })
  if (batch.status !== 'checked') throw new Error(`the load file did not pass its check: ${JSON.stringify(batch.problems).slice(0, 500)}`)
  const login = async (email: string) => ((await (await fetch(`${api}/api/users/login`, { body: JSON.stringify({ email, password: DEMO_PASSWORD }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })).json()) as { token: string }).token
  const gzToken = await login('manager@demo.anxin.cn')
  const staffToken = await login('staff@demo.anxin.cn')
  // the worker, as production runs it
  await new Promise<void>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--no-deprecation', '--conditions=production', '--import', 'tsx', 'scripts/worker.ts'], { env: { ...process.env, LOG_LEVEL: 'error', WORKER_POLL_SECONDS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(proc)
    let log = ''
    proc.stdout!.on('data', (d: Buffer) => {
      log += String(d)
      if (/worker: running queues/.test(log)) resolve()
    })
    proc.on('exit', (code) => reject(new Error(`worker exited (${code}): ${log.slice(-1000)}`)))
  })
  // other users at work: each of CLIENTS members of staff of the outlet being imported saves a record, then again
  // PACE ms after the last one began (a person filling in a form). Back to back (flat out) measures how fast one
  // outlet's saves can go, each waiting for the outlet-month's rollup lock: a capacity, not what people see.
  let failed: Error | undefined
  let n = 0
  const save = async (i: number): Promise<number> => {
    const t = performance.now()
    const res = await fetch(`${api}/api/activities`, {
      body: JSON.stringify({ branch: staffBranch, campaign: campaign.id, date: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T04:00:00.000Z`, reach: [{ audience: 'public', channel: 'offline', count: 5 }], title: `导入期间保存 ${i}`, type: 'lobby' }),
      headers: { Authorization: `JWT ${staffToken}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = await res.text()
    if (res.status !== 201) failed = new Error(`save answered ${res.status}: ${body.slice(0, 300)}`)
    return performance.now() - t
  }
  const PACE = Number(argOf('save-every-ms') ?? 2000)
  const phase = async (until: () => boolean, pace: number) => {
    const times: number[] = []
    const t0 = performance.now()
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        await sleep((pace * c) / CLIENTS)
        while (!until() && !failed) {
          const began = performance.now()
          times.push(await save(n++))
          if (pace > 0) await sleep(Math.max(0, pace - (performance.now() - began)))
        }
      }),
    )
    if (failed) throw failed
    const seconds = (performance.now() - t0) / 1000
    times.sort((a, b) => a - b)
    const q = (p: number) => +(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0).toFixed(1)
    return { saves: times.length, saves_per_s: +(times.length / seconds).toFixed(1), p50_ms: q(50), p95_ms: q(95), p99_ms: q(99) }
  }
  const forSeconds = (s: number) => {
    const end = performance.now() + s * 1000
    return () => performance.now() > end
  }
  // a few saves first, not counted: the API process's first requests compile and fill its caches
  await phase(forSeconds(3), PACE)
  const idle = await phase(forSeconds(20), PACE)

  const queued = await fetch(`${api}/api/activities/import/${batch.id}/commit`, { headers: { Authorization: `JWT ${gzToken}` }, method: 'POST' })
  if (queued.status !== 202) throw new Error(`commit answered ${queued.status}: ${(await queued.text()).slice(0, 300)}`)
  const t0 = performance.now()
  const state = async () => (await payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })).status
  // wait for the worker to start it, then save until it is done
  while ((await state()) === 'queued') await sleep(200)
  let done = false
  const watcher = (async () => {
    for (;;) {
      const s = await state()
      if (s !== 'running') return s
      await sleep(500)
    }
  })().then((s) => {
    done = true
    return s
  })
  const during = await phase(() => done, PACE)
  const ended = await watcher
  if (ended !== 'committed') throw new Error(`the import ended ${ended}`)
  const importS = +((performance.now() - t0) / 1000).toFixed(1)
  // the outlet now holds the import's rows as well: a save should cost what it did before
  const after = await phase(forSeconds(20), PACE)
  const flatOut = await phase(forSeconds(20), 0)
  const phases = { idle, during, after, flat_out: flatOut }
  return {
    import_rows: rowsWanted,
    import_s: importS,
    clients: CLIENTS,
    save_every_ms: PACE,
    ...Object.fromEntries(Object.entries(phases).flatMap(([name, v]) => Object.entries(v).map(([k, x]) => [`${name}_${k}`, x]))),
  }
}

try {
  const t0 = performance.now()
  await seed(payload)
  // N more records over the demo's outlets, written in plain SQL (the Local API would take minutes), with their leaflets and reach
  const sql = sqlOf(payload)
  const campaign = (await payload.find({ collection: 'campaigns', depth: 0, limit: 1 })).docs[0]!
  const outlets = (await payload.find({ collection: 'branches', depth: 0, limit: 0, pagination: false, where: { level: { equals: 'outlet' } } })).docs.map((b) => b.id)
  const material = (await payload.find({ collection: 'materials', depth: 0, limit: 1 })).docs[0]!
  const first = Number((await sql.query('SELECT max(id) AS n FROM activities'))[0]!.n) + 1
  const statuses = ['approved', 'approved', 'approved', 'submitted', 'draft']
  const types = ['lobby', 'street', 'lecture', 'online-post', 'community']
  const ph = (cols: number) => `(${Array(cols).fill('?').join(',')})`
  for (let start = 0; start < EXTRA; start += 400) {
    const n = Math.min(400, EXTRA - start)
    const acts: unknown[] = []
    const leaflets: unknown[] = []
    const reach: unknown[] = []
    const now = new Date().toISOString()
    for (let k = 0; k < n; k++) {
      const i = first + start + k
      const date = `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T04:00:00.000Z`
      acts.push(i, campaign.id, outlets[i % outlets.length], date, types[i % 5], `厅堂宣传 ${i}`, statuses[i % 5], 0, 0, 0, now, now)
      leaflets.push(1, i, `bl${i}`, material.id, 20 + (i % 50))
      reach.push(1, i, `br${i}`, i % 3 ? 'elderly' : 'public', i % 4 ? 'offline' : 'online', 10 + (i % 40))
    }
    await sql.batch([
      { args: acts, sql: `INSERT INTO activities (id, campaign_id, branch_id, date, type, title, status, interception_transactions_stopped, interception_losses_avoided, interception_suspects_caught, updated_at, created_at) VALUES ${Array(n).fill(ph(12)).join(',')}` },
      { args: leaflets, sql: `INSERT INTO activities_leaflets (_order, _parent_id, id, material_id, quantity) VALUES ${Array(n).fill(ph(5)).join(',')}` },
      { args: reach, sql: `INSERT INTO activities_reach (_order, _parent_id, id, audience, channel, count) VALUES ${Array(n).fill(ph(6)).join(',')}` },
    ])
  }
  await sql.resyncIds('activities')
  const total = (await payload.count({ collection: 'activities' })).totalDocs
  const seedS = +((performance.now() - t0) / 1000).toFixed(1)

  const one = await serve()
  const tokens: Record<string, string> = {}
  for (const who of ['admin', 'compliance', 'manager']) {
    const res = await fetch(`${one}/api/users/login`, { body: JSON.stringify({ email: `${who}@demo.anxin.cn`, password: DEMO_PASSWORD }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
    tokens[who] = ((await res.json()) as { token: string }).token
  }
  const pageBytes: Record<string, number> = {}
  for (const who of Object.keys(tokens)) {
    pageBytes[who] = Buffer.byteLength(await (await fetch(`${one}/api/activities?sort=-date`, { headers: { Authorization: `JWT ${tokens[who]}` } })).text())
  }
  const readers: Record<string, Stats> = {}
  // --saves-only: straight to the saves during an import (PostgreSQL)
  const savesOnly = process.argv.includes('--saves-only')
  if (!savesOnly) for (const who of ['admin', 'compliance', 'manager']) readers[who] = await load([one], tokens[who]!)

  let twoInstances: Record<string, number> | undefined
  let duringImport: Record<string, number> | undefined
  if (benchEngine === 'postgres') {
    // SQLite is served by one process by design (src/writeLock.ts); PostgreSQL by as many as the load needs
    if (!savesOnly) {
      const two = await serve()
      const both = await load([one, two], tokens.manager!)
      twoInstances = { manager_requests_per_s: both.requests_per_s, p95_ms: both.p95_ms, vs_one_instance: +(both.requests_per_s / readers.manager!.requests_per_s).toFixed(2) }
    }
    duringImport = await savesDuringImport(one)
  }

  const out = {
    engine: benchEngine,
    activities: total,
    clients: CLIENTS,
    requests_per_reader: REQUESTS,
    seed_s: seedS,
    page_of_10_kb: Object.fromEntries(Object.entries(pageBytes).map(([k, v]) => [k, +(v / 1024).toFixed(1)])),
    ...readers,
    ...(savesOnly
      ? {}
      : {
          scoped_p95_vs_unscoped: +(readers.manager!.p95_ms / readers.admin!.p95_ms).toFixed(2),
          compliance_p95_vs_unscoped: +(readers.compliance!.p95_ms / readers.admin!.p95_ms).toFixed(2),
        }),
    ...(twoInstances ? { two_instances: twoInstances } : {}),
    ...(duringImport ? { saves_during_import: duringImport } : {}),
  }
  report(out)
  const lines = [
    savesOnly ? '' : `manager p95 ${readers.manager!.p95_ms} ms = ${out.scoped_p95_vs_unscoped}× admin's (goal ≤ 1.3), ${readers.manager!.requests_per_s} req/s`,
    twoInstances ? `two instances ${twoInstances.vs_one_instance}× one (goal ≥ 1.6)` : '',
    duringImport ? `other users' saves while ${duringImport.import_rows} rows commit: p95 ${duringImport.during_p95_ms} ms (goal ≤ 200; ${duringImport.idle_p95_ms} ms before it)` : '',
  ]
  console.log(lines.filter(Boolean).join('; '))
} finally {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)))
  await payload.destroy()
  await finishBench(payload)
}
process.exit(0)
