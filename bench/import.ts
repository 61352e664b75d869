/**
 * `npm run bench:import [-- --rows N] [-- --db sqlite|postgres|both]`: N
 * spreadsheet rows (default 10,000) imported on a temporary database (SQLite
 * by default, or a throwaway PostgreSQL server; `both` prints the two engines
 * side by side), against the floor of Payload's own
 * create loop over the same rows in one transaction, measured in the same run
 * — each in a process of its own, so that each one's peak memory is its own.
 *
 * Prints rows/s for both and the ratio import / baseline (goal ≥ 0.8), the
 * dry run's rate, and for both the idle RSS before the phase, the peak RSS
 * and the RSS growth per 1,000 rows (sampled every 1,000 rows; goal for the
 * import ≤ 10 MB). No assertion: numbers to compare, not a test.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { argOf as arg, sideBySide } from './engines'

const DB = arg('db') ?? process.env.BENCH_DB ?? 'sqlite'
const ROWS = Number(arg('rows') ?? process.env.BENCH_ROWS ?? 10_000)
const PHASE = arg('phase')

if (!PHASE) {
  // the parent: one child per phase, then the two side by side
  const run = (phase: string, db: string) => {
    const res = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--phase', phase, '--rows', String(ROWS), '--db', db], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 })
    const line = res.stdout.split('\n').find((l) => l.startsWith('{"phase"'))
    if (!line) throw new Error(`${phase} failed (${res.status}): ${res.stderr.slice(-2000)}`)
    return JSON.parse(line) as { growthPer1000Mb: number; idleRssMb: number; ms: number; peakRssMb: number; dryRunMs?: number }
  }
  const rate = (t: number) => Math.round((ROWS / t) * 1000)
  const results: Record<string, Record<string, unknown>> = {}
  for (const db of DB === 'both' ? ['sqlite', 'postgres'] : [DB]) {
    const base = run('baseline', db)
    const imp = run('import', db)
    const out = {
      engine: db,
      rows: ROWS,
      baseline_rows_per_s: rate(base.ms),
      import_commit_rows_per_s: rate(imp.ms),
      ratio_import_vs_baseline: +(base.ms / imp.ms).toFixed(2),
      dry_run_rows_per_s: rate(imp.dryRunMs!),
      memory_mb: {
        baseline: { idle_rss: base.idleRssMb, peak_rss: base.peakRssMb, above_idle: base.peakRssMb - base.idleRssMb, growth_per_1000_rows: base.growthPer1000Mb },
        import: { idle_rss: imp.idleRssMb, peak_rss: imp.peakRssMb, above_idle: imp.peakRssMb - imp.idleRssMb, growth_per_1000_rows: imp.growthPer1000Mb },
      },
    }
    results[db] = out
    console.log(JSON.stringify(out, null, 2))
    console.log(`${db}: import ${out.import_commit_rows_per_s} rows/s, ${out.ratio_import_vs_baseline}× Payload's create loop (goal ≥ 0.8); import RSS growth ${imp.growthPer1000Mb} MB per 1,000 rows (goal ≤ 10), peak ${out.memory_mb.import.above_idle} MB above idle (goal ≤ 1,024 at 50,000 rows)`)
  }
  if (DB === 'both') console.log(sideBySide(results))
  process.exit(0)
}

const { finishBench } = await import('./tempEnv')

const { getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { checkAndKeep } = await import('../src/import/batch')
const { checkImport } = await import('../src/import/check')
const { requestFor, runImport } = await import('../src/import/run')
const { noonInShanghai } = await import('../src/domain/dates')
const ExcelJS = (await import('exceljs')).default

const payload = await getPayload({ config: await configPromise })
try {
  const ho = await payload.create({ collection: 'branches', data: { code: 'HO', level: 'head-office', name: '总行' } })
  const br = await payload.create({ collection: 'branches', data: { code: 'GZ', level: 'branch', name: '广州分行', parent: ho.id } })
  const outlets = []
  for (let i = 1; i <= 20; i++) outlets.push(await payload.create({ collection: 'branches', data: { code: `GZ-${i}`, level: 'outlet', name: `网点${i}`, parent: br.id } }))
  const campaign = await payload.create({
    collection: 'campaigns',
    data: { endDate: noonInShanghai('2026-10-31'), participatingBranches: [br.id], slug: 'bench', startDate: noonInShanghai('2026-10-01'), status: 'running', title: '基准测试宣传月' },
  })
  await payload.create({ collection: 'materials', data: { code: 'LF-1', kind: 'leaflet', title: '折页' } })
  const manager = await payload.create({ collection: 'users', data: { branch: br.id, email: 'm@bench.cn', name: 'm', password: 'bench-password-2026', role: 'manager' } })

  const sheet = async (prefix: string) => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('台账')
    ws.addRow(['外部编号', '机构代码', '活动日期', '活动类型', '活动主题', '物料编码', '发放数量', '受众', '渠道', '覆盖人次'])
    for (let i = 0; i < ROWS; i++) {
      ws.addRow([`${prefix}-${i}`, `GZ-${1 + (i % 20)}`, `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`, '厅堂宣传', `厅堂宣传 ${i}`, 'LF-1', 20 + (i % 50), '老年人', '线下', 10 + (i % 40)])
    }
    return Buffer.from(await wb.xlsx.writeBuffer())
  }

  const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
  const rss = () => process.memoryUsage().rss / 1024 / 1024
  // RSS every 1,000 rows: the growth per 1,000 rows is the least-squares slope over the samples (RSS rises and falls with each collection)
  const samples: Array<[row: number, mb: number]> = []
  const sample = (i: number) => {
    if (i > 0 && i % 1000 === 0) samples.push([i, rss()])
  }
  const growth = () => {
    if (samples.length < 2) return 0
    const n = samples.length
    const mx = samples.reduce((s, [x]) => s + x, 0) / n
    const my = samples.reduce((s, [, y]) => s + y, 0) / n
    const slope = samples.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / samples.reduce((s, [x]) => s + (x - mx) ** 2, 0)
    return +(slope * 1000).toFixed(1)
  }
  const file = await sheet(PHASE === 'baseline' ? 'BASE' : 'IMP')
  const req = await requestFor(payload, manager, 'zh')
  let result: Record<string, number>
  if (PHASE === 'baseline') {
    // Payload's own create loop, same rows (as the import builds them), one transaction, same user and hooks
    const prepared = await checkImport(req, campaign, file)
    const idle = rss()
    const tb = process.hrtime.bigint()
    const tx = await payload.db.beginTransaction()
    req.transactionID = tx!
    for (const [i, rec] of prepared.records.entries()) {
      sample(i)
      await payload.create({ collection: 'activities', data: rec.data, depth: 0, req, select: { status: true } })
    }
    await payload.db.commitTransaction(tx!)
    result = { idleRssMb: Math.round(idle), ms: ms(tb) }
  } else {
    // the import: dry run (upload, parse, check, keep the batch), then commit (parse and check again inside the transaction, write)
    const td = process.hrtime.bigint()
    const batch = await checkAndKeep(req, campaign, { data: file, name: 'bench.xlsx' })
    const dryRunMs = ms(td)
    const idle = rss()
    const tc = process.hrtime.bigint()
    const done = await runImport(payload, batch.id, { beforeRow: (_row, i) => sample(i) })
    if (done.counts?.created !== ROWS) throw new Error(`created ${done.counts?.created} of ${ROWS}`)
    result = { dryRunMs, idleRssMb: Math.round(idle), ms: ms(tc) }
  }
  console.log(JSON.stringify({ phase: PHASE, ...result, growthPer1000Mb: growth(), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }))
} finally {
  await payload.destroy()
  await finishBench(payload)
}
process.exit(0)
