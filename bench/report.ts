/**
 * `npm run bench:report [-- --db sqlite|postgres|both]`: 1,000 branches and
 * 100,000 activities in one month on a temporary database (SQLite by
 * default; `both` runs the bench once per engine and prints them side by
 * side); then, side by side in this run:
 *   - report totals and per-branch breakdown from the rollups (the product),
 *   - a raw SQL GROUP BY over the same rows (the floor),
 *   - summing Payload `find` results over the records (the naive path).
 * Goal: rollups ≤ 10× the floor, ≥ 10× faster than naive, ≤ 0.3 s.
 * The records are written with multi-row SQL inserts (seeding 100,000 through
 * the Local API would take minutes); the rollups are then built by the same
 * code the product runs (rebuildAllRollups).
 */
import { fileURLToPath } from 'node:url'

import { eachEngine, report, sqlOf } from './engines'
import { benchEngine, finishBench } from './tempEnv'

if (eachEngine(fileURLToPath(import.meta.url))) process.exit(0)

const BRANCHES = Number(process.env.BENCH_BRANCHES ?? 1000)
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 100_000)

const { createLocalReq, getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { noonInShanghai } = await import('../src/domain/dates')
const { rebuildAllRollups } = await import('../src/workflow/rollups')
const { totalsFor } = await import('../src/reports/totals')
const { monthRange } = await import('../src/workflow/completeness')

const payload = await getPayload({ config: await configPromise })
const sql = sqlOf(payload)
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
const median = async (runs: number, fn: () => Promise<unknown>) => {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    await fn()
    times.push(ms(t))
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

try {
  const t0 = process.hrtime.bigint()
  const ho = await payload.create({ collection: 'branches', data: { code: 'HO', level: 'head-office', name: '总行' } })
  const regions: Array<{ id: number | string }> = []
  for (let i = 0; i < 10; i++) regions.push(await payload.create({ collection: 'branches', data: { code: `R${i}`, level: 'branch', name: `分行${i}`, parent: ho.id } }))
  const outlets: Array<number | string> = []
  for (let i = 0; outlets.length < BRANCHES - 11; i++) {
    const o = await payload.create({ collection: 'branches', data: { code: `O${i}`, level: 'outlet', name: `网点${i}`, parent: regions[i % 10]!.id } })
    outlets.push(o.id)
  }
  const campaign = await payload.create({ collection: 'campaigns', data: { endDate: noonInShanghai('2026-10-31'), slug: 'bench', startDate: noonInShanghai('2026-10-01'), status: 'running', title: '基准' } })
  const materials = [await payload.create({ collection: 'materials', data: { _status: 'published', code: 'M1', kind: 'leaflet', title: '折页1' } }), await payload.create({ collection: 'materials', data: { _status: 'published', code: 'M2', kind: 'poster', title: '海报' } })]
  const statuses = ['approved', 'approved', 'approved', 'submitted', 'draft']
  const types = ['lobby', 'street', 'lecture', 'online-post', 'interception']
  const CHUNK = 400
  for (let start = 0; start < ACTIVITIES; start += CHUNK) {
    const acts: unknown[] = []
    const leaflets: unknown[] = []
    const reach: unknown[] = []
    const n = Math.min(CHUNK, ACTIVITIES - start)
    for (let k = 0; k < n; k++) {
      const i = start + k + 1
      const date = noonInShanghai(`2026-10-${String(1 + (i % 28)).padStart(2, '0')}`)
      acts.push(i, campaign.id, outlets[i % outlets.length], date, types[i % 5], `活动 ${i}`, statuses[i % 5], i % 5 === 4 ? 1 : 0, i % 5 === 4 ? 1234.5 : 0, 0)
      leaflets.push(1, i, `l${i}`, materials[i % 2]!.id, 20 + (i % 50))
      reach.push(1, i, `r${i}`, i % 3 ? 'elderly' : 'public', i % 4 ? 'offline' : 'online', 10 + (i % 40))
    }
    const ph = (cols: number) => `(${Array(cols).fill('?').join(',')})`
    await sql.batch([
        { args: acts, sql: `INSERT INTO activities (id, campaign_id, branch_id, date, type, title, status, interception_transactions_stopped, interception_losses_avoided, interception_suspects_caught) VALUES ${Array(n).fill(ph(10)).join(',')}` },
        { args: leaflets, sql: `INSERT INTO activities_leaflets (_order, _parent_id, id, material_id, quantity) VALUES ${Array(n).fill(ph(5)).join(',')}` },
        { args: reach, sql: `INSERT INTO activities_reach (_order, _parent_id, id, audience, channel, count) VALUES ${Array(n).fill(ph(6)).join(',')}` },
    ])
  }
  await sql.resyncIds('activities')
  const seedMs = ms(t0)
  const tr = process.hrtime.bigint()
  const rebuilt = await rebuildAllRollups(payload)
  const rebuildMs = ms(tr)

  const req = await createLocalReq({}, payload)
  const month = '2026-10'
  let check = 0
  const rollupMs = await median(7, async () => {
    const { byBranch, totals } = await totalsFor(req, { campaign: campaign.id, month })
    check = totals.people + byBranch.size * 0
  })
  const subtreeMs = await median(7, () => totalsFor(req, { campaign: campaign.id, month, root: regions[3]!.id }))

  const { from, to } = monthRange(month)
  const where = `a.campaign_id = ? AND a.status = 'approved' AND a.date >= ? AND a.date < ?`
  let floorPeople = 0
  const floorMs = await median(7, async () => {
    const args = [campaign.id, from, to]
    await sql.query(`SELECT a.branch_id, count(*) AS events, sum(a.interception_transactions_stopped) AS stopped, sum(a.interception_losses_avoided) AS losses FROM activities a WHERE ${where} GROUP BY a.branch_id`, args)
    await sql.query(`SELECT a.branch_id, sum(l.quantity) AS leaflets FROM activities_leaflets l JOIN activities a ON a.id = l._parent_id WHERE ${where} GROUP BY a.branch_id`, args)
    const rows = await sql.query(`SELECT a.branch_id, sum(r.count) AS people, sum(CASE WHEN r.channel = 'online' THEN r.count ELSE 0 END) AS online FROM activities_reach r JOIN activities a ON a.id = r._parent_id WHERE ${where} GROUP BY a.branch_id`, args)
    floorPeople = rows.reduce((s, row) => s + Number(row.people), 0)
  })

  let naivePeople = 0
  const naiveMs = await median(3, async () => {
    const res = await payload.find({
      collection: 'activities',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { branch: true, interception: true, leaflets: true, reach: true },
      where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: 'approved' } }, { date: { greater_than_equal: from } }, { date: { less_than: to } }] },
    })
    naivePeople = 0
    for (const a of res.docs) for (const r of a.reach ?? []) naivePeople += r.count
  })
  // what the workbook's per-record sheet reads: every approved record of the month, a page at a time
  const { approvedInScope } = await import('../src/reports/generate')
  let sheetRecords = 0
  const sheetReadMs = await median(3, async () => {
    sheetRecords = 0
    for await (const page of approvedInScope(req, campaign as never, month, null)) sheetRecords += page.length
  })
  // the full report: data, HTML, chart, PDF, DOCX, XLSX (with every approved record)
  const { loadShippedTemplates } = await import('../src/reports/defaults')
  const { generateReport } = await import('../src/reports/generate')
  await loadShippedTemplates(payload)
  const template = (await payload.find({ collection: 'report-templates', limit: 1, where: { language: { equals: 'zh' } } })).docs[0]!
  const formatMs: Record<string, number> = {}
  for (const f of ['html', 'pdf', 'docx', 'xlsx'] as const) {
    const t = process.hrtime.bigint()
    await generateReport(await createLocalReq({}, payload), { campaign, formats: [f], month, template })
    formatMs[f] = +ms(t).toFixed(0)
  }
  const tf = process.hrtime.bigint()
  await generateReport(await createLocalReq({}, payload), { campaign, formats: ['html', 'pdf', 'docx', 'xlsx'], month, template })
  const fullMs = ms(tf)
  if (check !== floorPeople || naivePeople !== floorPeople) throw new Error(`totals disagree: rollups ${check}, SQL ${floorPeople}, naive ${naivePeople}`)

  const out = {
    engine: benchEngine,
    activities: ACTIVITIES,
    branches: BRANCHES,
    buckets: rebuilt.buckets,
    seed_s: +(seedMs / 1000).toFixed(1),
    rollups_rebuild_s: +(rebuildMs / 1000).toFixed(1),
    totals_from_rollups_ms: +rollupMs.toFixed(1),
    totals_one_subtree_ms: +subtreeMs.toFixed(1),
    raw_sql_group_by_ms: +floorMs.toFixed(1),
    naive_payload_find_ms: +naiveMs.toFixed(1),
    sheet_records: sheetRecords,
    sheet_records_read_ms: +sheetReadMs.toFixed(0),
    rollups_vs_floor: +(rollupMs / floorMs).toFixed(2),
    naive_vs_rollups: +(naiveMs / rollupMs).toFixed(1),
    report_ms_by_format: formatMs,
    full_report_all_formats_ms: +fullMs.toFixed(0),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }
  report(out)
  console.log(
    `totals ${out.totals_from_rollups_ms} ms (goal ≤ 300), ${out.rollups_vs_floor}× the SQL floor (goal ≤ 10), ${out.naive_vs_rollups}× faster than naive (goal ≥ 10); full report in all formats ${out.full_report_all_formats_ms} ms (goal ≤ 3000).`,
  )
} finally {
  await payload.destroy()
  await finishBench(payload)
}
process.exit(0)
