/**
 * `npm run bench:import`: 10,000 spreadsheet rows imported on a temporary
 * SQLite database, against the floor of Payload's own create loop over the
 * same rows in one transaction, measured in the same run.
 *
 * Prints rows/s for both and the ratio import / baseline (goal ≥ 0.8), and
 * the dry run's rate. No assertion: numbers to compare, not a test.
 */
import { rmSync } from 'node:fs'

import { benchDir as dir } from './tempEnv'

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000)

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

  // baseline: Payload's own create loop, same rows (as the import builds them), one transaction, same user and hooks
  const baseFile = await sheet('BASE')
  const baseReq = await requestFor(payload, manager, 'zh')
  const prepared = await checkImport(baseReq, campaign, baseFile)
  const tb = process.hrtime.bigint()
  const tx = await payload.db.beginTransaction()
  baseReq.transactionID = tx!
  for (const rec of prepared.records) await payload.create({ collection: 'activities', data: rec.data, depth: 0, req: baseReq, select: { status: true } })
  await payload.db.commitTransaction(tx!)
  const baseMs = ms(tb)
  const rss = () => Math.round(process.memoryUsage().rss / 1024 / 1024)
  const rssAfterBaseline = rss()

  // the import: dry run (upload, parse, check, keep the batch), then commit (parse and check again inside the transaction, write)
  const file = await sheet('IMP')
  const req = await requestFor(payload, manager, 'zh')
  const td = process.hrtime.bigint()
  const batch = await checkAndKeep(req, campaign, { data: file, name: 'bench.xlsx' })
  const dryMs = ms(td)
  const rssAfterDryRun = rss()
  const tc = process.hrtime.bigint()
  const done = await runImport(payload, batch.id)
  const commitMs = ms(tc)
  if (done.counts?.created !== ROWS) throw new Error(`created ${done.counts?.created} of ${ROWS}`)

  const rate = (n: number, t: number) => Math.round((n / t) * 1000)
  const out = {
    rows: ROWS,
    baseline_rows_per_s: rate(ROWS, baseMs),
    import_commit_rows_per_s: rate(ROWS, commitMs),
    ratio_import_vs_baseline: +(baseMs / commitMs).toFixed(2),
    dry_run_rows_per_s: rate(ROWS, dryMs),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    rss_mb_after: { baseline: rssAfterBaseline, commit: rss(), dry_run: rssAfterDryRun },
  }
  console.log(JSON.stringify(out, null, 2))
  console.log(`import ${out.import_commit_rows_per_s} rows/s (goal ≥ 330), ${out.ratio_import_vs_baseline}× Payload's create loop (goal ≥ 0.8)`)
} finally {
  await payload.destroy()
  rmSync(dir, { force: true, recursive: true })
}
process.exit(0)
