/**
 * The monthly report: templates rendered in zh and en against a known month,
 * numbers formatted as summaries write them, every total drilling down to
 * exactly its records, reproducible totals, stale when a final report's
 * records change, the workbook re-opened, and broken templates refused.
 */
import ExcelJS from 'exceljs'
import { parse } from 'qs-esm'
import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import { loadShippedTemplates } from '../../src/reports/defaults'
import { approvedInScope, generateReport } from '../../src/reports/generate'
import type { Report, ReportTemplate } from '../../src/payload-types'
import { type Booted, bootPayload } from '../helpers/boot'
import { errorStatus } from '../helpers/expectError'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let zh: ReportTemplate
let en: ReportTemplate
const approved: Array<number | string> = []

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  await loadShippedTemplates(b.payload)
  const templates = await b.payload.find({ collection: 'report-templates' })
  zh = templates.docs.find((t) => t.language === 'zh')!
  en = templates.docs.find((t) => t.language === 'en')!
  // a known month: the four lobby records of the world (50 leaflets, 40 elderly each) plus these, all approved
  const extra = [
    activityData(w, 'A1-O1', { date: noonInShanghai('2026-10-12'), interception: { lossesAvoided: 86_000, suspectsCaught: 1, transactionsStopped: 2 }, title: '柜面成功堵截冒充公检法诈骗', type: 'interception' }),
    activityData(w, 'B1-O1', { date: noonInShanghai('2026-10-20'), leaflets: [{ material: w.materials[1]!.id, quantity: 12_000 }], reach: [{ audience: 'students', channel: 'online', count: 23_456 }], title: '高校线上反诈推文', type: 'online-post' }),
    activityData(w, 'A2-O1', { date: noonInShanghai('2026-10-21'), title: '未审核的街面活动', type: 'lobby' }),
  ]
  const created = []
  for (const d of extra) created.push(await b.payload.create({ collection: 'activities', data: d }))
  for (const a of [...Object.values(w.activities), created[0]!, created[1]!]) {
    await b.payload.update({ collection: 'activities', data: { status: 'approved' }, id: a.id })
    approved.push(a.id)
  }
})
afterAll(async () => b?.cleanup())

const req = async () => {
  const { createLocalReq } = await import('payload')
  return createLocalReq({ user: w.users.compliance as never }, b.payload)
}
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))

describe('monthly report', () => {
  let report: Report
  it('renders the zh template with the month’s exact totals and the rounded forms', async () => {
    report = await generateReport(await req(), { campaign: w.campaign, formats: ['html', 'pdf', 'docx', 'xlsx'], month: '2026-10', nextSteps: '十一月起开展“反诈进万家”入户宣传。', template: zh })
    const t = text(report.html!)
    expect(t).toContain('测试宣传月2026年10月工作总结')
    expect(t).toContain('共开展各类宣传活动6场，发放宣传资料12,200份（1万余份），覆盖群众23,616人次（2万余人次），其中线下160人次、线上23,456人次。')
    expect(t).toContain('成功堵截可疑交易2笔，避免群众损失¥86,000.00（8万余元），协助公安机关抓获犯罪嫌疑人1名。')
    expect(t).toContain('柜面成功堵截冒充公检法诈骗')
    expect(t).toContain('十一月起开展“反诈进万家”入户宣传。')
    // every outlet of the test bank has an approved record this month
    expect(t).not.toContain('本月尚未报送的网点')
    expect(report.totals).toMatchObject({ events: 6, leaflets: 12_200, lossesAvoided: 86_000, people: 23_616, transactionsStopped: 2 })
  })

  it('renders the en template with the same figures', async () => {
    const r = await generateReport(await req(), { campaign: w.campaign, formats: ['html'], month: '2026-10', template: en })
    const t = text(r.html!)
    expect(t).toContain('Test month: summary for October 2026')
    expect(t).toContain('held 6 publicity events, handed out 12,200 leaflets (over 12,000) and reached 23,616 people (over 23,000): 160 in person and 23,456 online.')
    expect(t).toContain('avoiding losses of CN¥86,000.00')
  })

  it('drills every linked total down to exactly the records it counts', async () => {
    const links = hrefs(report.html!).filter((h) => h.includes('/admin/collections/activities?'))
    expect(links.length).toBeGreaterThan(8)
    const all = links.find((h) => !h.includes('%5Btype%5D') && !h.includes('[type]') && !h.includes('interception') && !h.includes('branch') && !h.includes('material'))!
    const where = (parse(all.split('?')[1]!) as { where: Where }).where
    const found = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, where })
    expect(found.docs.map((d) => d.id).sort()).toEqual([...approved].sort())
    const stopped = links.find((h) => h.includes('interception'))!
    const intercepted = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, where: (parse(stopped.split('?')[1]!) as { where: Where }).where })
    expect(intercepted.docs.map((d) => d.title)).toEqual(['柜面成功堵截冒充公检法诈骗'])
  })

  it('regenerating an unchanged month gives the same totals and fingerprint, in the same draft', async () => {
    const again = await generateReport(await req(), { campaign: w.campaign, formats: ['html'], month: '2026-10', nextSteps: '十一月起开展“反诈进万家”入户宣传。', template: zh })
    expect(again.id).toBe(report.id)
    expect(JSON.stringify(again.totals)).toBe(JSON.stringify(report.totals))
    expect(again.fingerprint).toBe(report.fingerprint)
  })

  it('two generators at once still leave one draft', async () => {
    const other = await b.payload.create({ collection: 'campaigns', data: { endDate: noonInShanghai('2026-10-31'), slug: 'race', startDate: noonInShanghai('2026-10-01'), status: 'running', title: '并发测试' } })
    const [x, y] = await Promise.all([
      generateReport(await req(), { campaign: other, formats: ['html'], month: '2026-10', template: zh }),
      generateReport(await req(), { campaign: other, formats: ['html'], month: '2026-10', template: zh }),
    ])
    expect(x.id).toBe(y.id)
    expect((await b.payload.count({ collection: 'reports', where: { campaign: { equals: other.id } } })).totalDocs).toBe(1)
  })

  it('a final report is marked stale when an approved record behind it changes', async () => {
    await b.payload.update({ collection: 'reports', data: { status: 'final' }, id: report.id })
    await b.payload.update({ collection: 'activities', data: { location: '改了地点' }, id: approved[0]! })
    expect((await b.payload.findByID({ collection: 'reports', id: report.id })).stale).toBe(true)
    // a final report is never overwritten: regenerating makes a new draft
    const next = await generateReport(await req(), { campaign: w.campaign, formats: ['html'], month: '2026-10', template: zh })
    expect(next.id).not.toBe(report.id)
  })

  it('writes a workbook with totals, branches and every approved record, formulas neutralised', async () => {
    const file = (report.files ?? [])[2]
    const doc = await b.payload.findByID({ collection: 'report-files', id: typeof file === 'object' ? file!.id : file! })
    const { readFile } = await import('node:fs/promises')
    const path = await import('node:path')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await readFile(path.join(b.dir, 'media', 'reports', doc.filename!))) as unknown as ArrayBuffer)
    expect(wb.worksheets.map((s) => s.name)).toEqual(['合计', '分机构', '活动明细'])
    expect(wb.worksheets[0]!.getRow(3).values).toEqual(expect.arrayContaining(['宣传活动（场）', 6]))
    expect(wb.worksheets[2]!.rowCount).toBe(1 + approved.length)
    // each record links to its page in the admin; the headings are bold
    const links = wb.worksheets[2]!.getColumn(6).values.slice(2) as Array<{ hyperlink: string; text: string }>
    expect(links.map((l) => l.text)).toEqual(approved.map(() => '查看'))
    expect(links.map((l) => l.hyperlink.replace(/.*\/admin\/collections\/activities\//, '')).sort()).toEqual(approved.map(String).sort())
    expect(wb.worksheets[2]!.getCell('A1').font?.bold).toBe(true)
  })

  it('reads the records for that sheet a page at a time, each once and in date order, records of one day across pages included', async () => {
    const campaign = await b.payload.findByID({ collection: 'campaigns', depth: 0, id: w.campaign.id })
    const expected = (await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, sort: ['date', 'id'], where: { and: [{ campaign: { equals: campaign.id } }, { status: { equals: 'approved' } }] } })).docs
    // the world's records share their day: a page boundary falls between records of one date
    expect(new Set(expected.map((a) => a.date)).size).toBeLessThan(expected.length)
    for (const size of [1, 2, 3, 1000]) {
      const pages: Array<Array<number | string>> = []
      for await (const page of approvedInScope(await req(), campaign, '2026-10', null, size)) pages.push(page.map((a) => a.id))
      expect(pages.flat(), `pages of ${size}`).toEqual(expected.map((a) => a.id))
      expect(pages.every((p) => p.length <= size)).toBe(true)
    }
    const a1 = await b.payload.findByID({ collection: 'branches', depth: 0, id: w.branches.A1!.id })
    const scoped: Array<number | string> = []
    for await (const page of approvedInScope(await req(), campaign, '2026-10', a1, 1)) scoped.push(...page.map((a) => a.id))
    expect(scoped.length).toBeGreaterThan(0)
    expect(scoped.length).toBeLessThan(expected.length)
    // the SQL engines' one-SELECT pages give what the adapter's find gives (MongoDB's path)
    for (const scope of [null, a1]) {
      type Page = Awaited<ReturnType<ReturnType<typeof approvedInScope>['next']>>['value']
      const viaSql: NonNullable<Page> = []
      const viaAdapter: NonNullable<Page> = []
      for await (const page of approvedInScope(await req(), campaign, '2026-10', scope, 2)) viaSql.push(...page)
      for await (const page of approvedInScope(await req(), campaign, '2026-10', scope, 2, 'adapter')) viaAdapter.push(...page)
      expect(viaSql.length).toBeGreaterThan(0)
      const printed = (a: NonNullable<Page>[number]) => ({ branch: a.branch, date: a.date, id: a.id, lossesAvoided: a.interception?.lossesAvoided ?? 0, title: a.title, type: a.type })
      expect(viaSql.map(printed)).toEqual(viaAdapter.map(printed))
    }
    expect(expected.some((a) => (a.interception?.lossesAvoided ?? 0) > 0)).toBe(true)
  })

  it('writes an A4 PDF whose text (Chinese set in the embedded font) has the headings and totals', async () => {
    const file = (report.files ?? [])[0]
    const doc = await b.payload.findByID({ collection: 'report-files', id: typeof file === 'object' ? file!.id : file! })
    expect(doc.mimeType).toBe('application/pdf')
    const { readFile } = await import('node:fs/promises')
    const path = await import('node:path')
    const bytes = await readFile(path.join(b.dir, 'media', 'reports', doc.filename!))
    // drizzle-kit (the schema push tests use) adds an enumerable Array.prototype.random, which pdf.js refuses to run beside
    const random = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
    if (random?.enumerable) Object.defineProperty(Array.prototype, 'random', { ...random, enumerable: false })
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
    let all = ''
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent()
      all += content.items.map((it) => ('str' in it ? it.str : '')).join('')
    }
    const page1 = await pdf.getPage(1)
    expect(page1.view.map(Math.round)).toEqual([0, 0, 595, 842])
    for (const s of ['一、总体情况', '三、主要数据', '12,200', '23,616', '¥86,000.00', '柜面成功堵截冒充公检法诈骗']) expect(all.replace(/\s+/g, ''), s).toContain(s.replace(/\s+/g, ''))
    expect(bytes.toString('latin1')).toContain('NotoSansSC')
  })

  it('writes a DOCX that opens with the same headings and a table', async () => {
    const file = (report.files ?? [])[1]
    const doc = await b.payload.findByID({ collection: 'report-files', id: typeof file === 'object' ? file!.id : file! })
    const { readFile } = await import('node:fs/promises')
    const path = await import('node:path')
    const JSZip = (await import('jszip')).default
    const zip = await JSZip.loadAsync(await readFile(path.join(b.dir, 'media', 'reports', doc.filename!)))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('一、总体情况')
    expect(xml).toContain('<w:tbl>')
    expect(xml).toContain('12,200')
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true)
  })

  it('refuses a broken template with its line, and a template that reaches for files', async () => {
    const broken = await errorStatus(() => b.payload.create({ collection: 'report-templates', data: { body: '第一行\n{% if totals.events > 0 %}\n没有结束', language: 'zh', name: '坏模板' }, overrideAccess: false, user: w.users.compliance }))
    expect(broken).toBe(400)
    try {
      await b.payload.create({ collection: 'report-templates', data: { body: '{% include "/etc/passwd" %}', language: 'zh', name: '读文件' }, overrideAccess: false, user: w.users.compliance })
      expect.unreachable()
    } catch (e) {
      expect(JSON.stringify((e as { data?: unknown }).data)).toContain('include')
    }
    try {
      await b.payload.create({ collection: 'report-templates', data: { body: 'a\nb\n{{ x | nosuch }}', language: 'zh', name: '未知过滤器' }, overrideAccess: false, user: w.users.compliance })
      expect.unreachable()
    } catch (e) {
      expect(JSON.stringify((e as { data?: unknown }).data)).toContain('第 3 行')
    }
  })
})
