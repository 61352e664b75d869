/**
 * `npm run bench:busy [-- --db sqlite|postgres|both] [--seconds S] [--writers W] [--rows N]`:
 * issue 24's numbers, against the API in a process of its own (as
 * production serves it: tests/helpers/serveProcess.ts) whose jobs schedule
 * ticks every 20 s (JOBS_CRON), on the demo bank:
 *
 *  1. W concurrent writers (default 50: four in five save records, one in
 *     five uploads photos) for S seconds (default 60, so three ticks fall in
 *     the run), first each every --pace-ms (5,000: people at work), then flat
 *     out (the capacity): 5xx other than 503, 503s, save p50/p95 — and the
 *     same saves by one writer before the load, the baseline the ratio is
 *     taken against; how long the first write takes once the load stops; the
 *     server's RSS.
 *  2. A manager's import of N rows (default 10,000) while 5 readers and 5
 *     savers go on (each every 500 ms): their p95 during the import ÷ the
 *     same before it, and the import's seconds.
 *  3. The hostile-spreadsheet set (six lying zips, a million-deep XML, 250 MB
 *     of shared strings) uploaded at once: the server's peak RSS − its idle
 *     RSS (goal ≤ 300 MB), the answers.
 * No assertion: numbers to compare, not a test (the tests prove the behaviour).
 */
import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { argOf, eachEngine, report } from './engines'
import { serveApi } from './serve'
import { benchEngine, finishBench } from './tempEnv'

if (eachEngine(fileURLToPath(import.meta.url))) process.exit(0)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const SECONDS = Number(argOf('seconds') ?? 60)
const WRITERS = Number(argOf('writers') ?? 50)
const ROWS = Number(argOf('rows') ?? 10_000)

const { getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { seed } = await import('../seed')
const { DEMO_PASSWORD } = await import('../seed/bank')
const { lobbyPhoto } = await import('../tests/helpers/files')
const { deepXml, hugeSharedStrings, lyingZip } = await import('../tests/helpers/hostileSheets')
const ExcelJS = (await import('exceljs')).default

const payload = await getPayload({ config: await configPromise })
const children: ChildProcess[] = []

const serve = () => serveApi(children, { JOBS: 'on', JOBS_CRON: '*/20 * * * * *' })

const rssOf = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024
const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? 0 : +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1)
}

try {
  await seed(payload)
  const { base, pid } = await serve()
  const login = async (email: string) => ((await (await fetch(`${base}/api/users/login`, { body: JSON.stringify({ email, password: DEMO_PASSWORD }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })).json()) as { token: string }).token
  const staff = await login('staff@demo.anxin.cn')
  const manager = await login('manager@demo.anxin.cn')
  const staffUser = (await payload.find({ collection: 'users', where: { email: { equals: 'staff@demo.anxin.cn' } } })).docs[0]!
  const branch = typeof staffUser.branch === 'object' && staffUser.branch ? staffUser.branch.id : staffUser.branch!
  const campaign = (await payload.find({ collection: 'campaigns', depth: 0, limit: 1 })).docs[0]!
  const photo = await lobbyPhoto(77)

  let n = 0
  const save = async (): Promise<{ ms: number; status: number }> => {
    const t = performance.now()
    const res = await fetch(`${base}/api/activities`, {
      body: JSON.stringify({ branch, campaign: campaign.id, date: `2026-10-${String(1 + (n % 28)).padStart(2, '0')}T04:00:00.000Z`, reach: [{ audience: 'public', channel: 'offline', count: 5 }], title: `负载保存 ${n++}`, type: 'lobby' }),
      headers: { Authorization: `JWT ${staff}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    await res.arrayBuffer()
    return { ms: performance.now() - t, status: res.status }
  }
  const upload = async (): Promise<{ ms: number; status: number }> => {
    const t = performance.now()
    const fd = new FormData()
    fd.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `load-${n++}.jpg`)
    fd.append('_payload', '{}')
    const res = await fetch(`${base}/api/media`, { body: fd, headers: { Authorization: `JWT ${staff}` }, method: 'POST' })
    await res.arrayBuffer()
    return { ms: performance.now() - t, status: res.status }
  }
  const read = async (): Promise<{ ms: number; status: number }> => {
    const t = performance.now()
    const res = await fetch(`${base}/api/activities?limit=10&depth=0&sort=-date`, { headers: { Authorization: `JWT ${manager}` } })
    await res.arrayBuffer()
    return { ms: performance.now() - t, status: res.status }
  }
  const paced = async (until: () => boolean, what: () => Promise<{ ms: number; status: number }>, every: number, out: number[], statuses: number[]) => {
    while (!until()) {
      const began = performance.now()
      const r = await what()
      out.push(r.ms)
      statuses.push(r.status)
      await sleep(Math.max(0, every - (performance.now() - began)))
    }
  }
  const forMs = (ms: number) => {
    const end = performance.now() + ms
    return () => performance.now() > end
  }

  // warm up, then the baseline: one writer saving back to back
  for (let i = 0; i < 10; i++) await save()
  const baseline: number[] = []
  await paced(forMs(10_000), save, 0, baseline, [])

  // 1. WRITERS writers for SECONDS seconds, the schedule ticking every 20 s inside: first as people work (each
  // writer every PACE ms, default 5 s), then flat out (each writer again as soon as it is answered: the capacity)
  const PACE = Number(argOf('pace-ms') ?? 5000)
  const writersFor = async (pace: number) => {
    const saveTimes: number[] = []
    const uploadTimes: number[] = []
    const statuses: number[] = []
    const stop = forMs(SECONDS * 1000)
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        await sleep((pace * w) / WRITERS)
        await (w % 5 === 4 ? paced(stop, upload, pace, uploadTimes, statuses) : paced(stop, save, pace, saveTimes, statuses))
      }),
    )
    const t = performance.now()
    let recovered = await save()
    while (recovered.status !== 201) recovered = await save()
    return {
      requests: statuses.length,
      per_s: +(statuses.length / SECONDS).toFixed(1),
      status_5xx_not_503: statuses.filter((s) => s >= 500 && s !== 503).length,
      status_503: statuses.filter((s) => s === 503).length,
      save_p50_ms: quantile(saveTimes, 50),
      save_p95_ms: quantile(saveTimes, 95),
      save_p95_over_baseline: +(quantile(saveTimes, 95) / Math.max(1, quantile(baseline, 95))).toFixed(2),
      upload_p95_ms: quantile(uploadTimes, 95),
      first_write_after_load_ms: +(performance.now() - t).toFixed(1),
      server_rss_mb: Math.round(rssOf(pid) / 1e6),
    }
  }
  const rssBefore = Math.round(rssOf(pid) / 1e6)
  const pacedWriters = await writersFor(PACE)
  const flatOut = await writersFor(0)

  // 2. an import of ROWS rows while others read and save
  const gzOutlets = (await payload.find({ collection: 'branches', depth: 0, limit: 0, pagination: false, where: { and: [{ level: { equals: 'outlet' } }, { code: { like: 'GZ-01-' } }] } })).docs
  const material = (await payload.find({ collection: 'materials', depth: 0, limit: 1 })).docs[0]!
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('台账')
  ws.addRow(['外部编号', '机构代码', '活动日期', '活动类型', '活动主题', '物料编码', '发放数量', '受众', '渠道', '覆盖人次'])
  for (let i = 0; i < ROWS; i++) ws.addRow([`BUSY-${i}`, gzOutlets[i % gzOutlets.length]!.code, `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`, '厅堂宣传', `厅堂宣传 ${i}`, material.code, 20 + (i % 50), '老年人', '线下', 10 + (i % 40)])
  const fd = new FormData()
  fd.append('file', new Blob([new Uint8Array(Buffer.from(await wb.xlsx.writeBuffer()))]), 'busy.xlsx')
  const checked = await fetch(`${base}/api/activities/import?campaign=${campaign.id}`, { body: fd, headers: { Authorization: `JWT ${manager}` }, method: 'POST' })
  const batch = ((await checked.json()) as { batch: { id: number | string; status: string } }).batch
  if (batch?.status !== 'checked') throw new Error(`the import file did not pass its check (${checked.status})`)
  const before = { reads: [] as number[], saves: [] as number[] }
  await Promise.all([...Array.from({ length: 5 }, () => paced(forMs(10_000), read, 500, before.reads, [])), ...Array.from({ length: 5 }, () => paced(forMs(10_000), save, 500, before.saves, []))])
  const ti = performance.now()
  await fetch(`${base}/api/activities/import/${batch.id}/commit`, { headers: { Authorization: `JWT ${manager}` }, method: 'POST' })
  let done = false
  const watcher = (async () => {
    for (;;) {
      const b = ((await (await fetch(`${base}/api/activities/import/${batch.id}`, { headers: { Authorization: `JWT ${manager}` } })).json()) as { batch: { status: string } }).batch
      if (b.status !== 'running' && b.status !== 'queued') return b.status
      await sleep(500)
    }
  })().then((s) => {
    done = true
    return s
  })
  const during = { reads: [] as number[], saves: [] as number[] }
  const duringStatuses: number[] = []
  await Promise.all([...Array.from({ length: 5 }, () => paced(() => done, read, 500, during.reads, duringStatuses)), ...Array.from({ length: 5 }, () => paced(() => done, save, 500, during.saves, duringStatuses))])
  const ended = await watcher
  const importS = +((performance.now() - ti) / 1000).toFixed(1)

  // 3. the hostile set, all at once, the server's memory sampled
  const hostile = [...Array.from({ length: 6 }, () => lyingZip()), deepXml(), hugeSharedStrings()]
  const files = await Promise.all(hostile)
  await sleep(2000)
  const idle = rssOf(pid)
  let peak = idle
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 50)
  const answers = await Promise.all(
    files.map(async (f, i) => {
      const body = new FormData()
      body.append('file', new Blob([new Uint8Array(f)]), `hostile-${i}.xlsx`)
      const res = await fetch(`${base}/api/activities/import?campaign=${campaign.id}`, { body, headers: { Authorization: `JWT ${staff}` }, method: 'POST' })
      await res.arrayBuffer()
      return res.status
    }),
  )
  clearInterval(sampler)

  report({
    engine: benchEngine,
    writers: { writers: WRITERS, seconds: SECONDS, pace_ms: PACE, save_baseline_p95_ms: quantile(baseline, 95), server_rss_before_mb: rssBefore },
    paced: pacedWriters,
    flat_out: flatOut,
    import: {
      rows: ROWS,
      ended,
      seconds: importS,
      read_p95_before_ms: quantile(before.reads, 95),
      read_p95_during_ms: quantile(during.reads, 95),
      save_p95_before_ms: quantile(before.saves, 95),
      save_p95_during_ms: quantile(during.saves, 95),
      read_p95_ratio: +(quantile(during.reads, 95) / Math.max(1, quantile(before.reads, 95))).toFixed(2),
      save_p95_ratio: +(quantile(during.saves, 95) / Math.max(1, quantile(before.saves, 95))).toFixed(2),
      status_5xx_during: duringStatuses.filter((s) => s >= 500).length,
      server_rss_after_mb: Math.round(rssOf(pid) / 1e6),
    },
    hostile: {
      files: files.length,
      answers: answers.join(' '),
      server_rss_idle_mb: Math.round(idle / 1e6),
      server_rss_peak_mb: Math.round(peak / 1e6),
      server_rss_growth_mb: Math.round((peak - idle) / 1e6),
    },
  })
} finally {
  for (const c of children) c.kill('SIGKILL')
  await finishBench(payload)
}
