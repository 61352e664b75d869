/**
 * The capture workflow over REST: spreadsheet import (template, dry run,
 * commit, bad files, foreign ids, large files as a job), closed months for
 * every role, status changes per role, and the completeness view.
 */
import type { Server } from 'node:http'

import ExcelJS from 'exceljs'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import { type Booted, bootPayload } from '../helpers/boot'
import { auth, login, startServer } from '../helpers/http'
import { lobbyPhoto } from '../helpers/files'
import { gbkCsv, row, xlsx } from '../helpers/sheets'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let server: Server
const tokens: Record<string, string> = {}

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  server = startServer(b.config)
  for (const [key, u] of Object.entries(w.users)) tokens[key] = await login(server, u.email)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const upload = (who: string | null, data: Buffer, name: string, query = '') => {
  const r = request(server).post(`/api/activities/import?campaign=${w.campaign.id}${query}`)
  if (who) r.set(auth(tokens[who]!))
  return r.attach('file', data, name)
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (c: Buffer) => chunks.push(c))
  res.on('end', () => cb(null, Buffer.concat(chunks)))
}

describe('import template', () => {
  it('is an XLSX with zh or en headers, an example row and drop-downs', async () => {
    for (const [lang, first] of [['zh', '外部编号'], ['en', 'External id']] as const) {
      const res = await request(server).get(`/api/activities/import-template?lang=${lang}`).set(auth(tokens.staffA1O1!)).buffer(true).parse(binary)
      expect(res.status).toBe(200)
      expect(res.headers['content-type']).toContain('spreadsheetml')
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(res.body as unknown as ArrayBuffer)
      const ws = wb.worksheets[0]!
      expect(ws.getRow(1).getCell(1).value).toBe(first)
      expect(String(ws.getRow(1).getCell(2).value)).toMatch(/\*$/)
      expect(ws.getRow(2).getCell(2).value).toBeTruthy()
      expect(ws.getCell('D2').dataValidation?.type).toBe('list')
    }
  })
  it('lists the codes the user may use, with drop-downs, and its example row passes as it is', async () => {
    const res = await request(server).get('/api/activities/import-template?lang=zh').set(auth(tokens.managerA1!)).buffer(true).parse(binary)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.body as unknown as ArrayBuffer)
    const codes = wb.getWorksheet('可用代码')!
    const column = (letter: string) => (codes.getColumn(letter).values as unknown[]).slice(2).filter(Boolean)
    // the manager's subtree, outlets first; not another branch's
    expect(column('A')).toEqual(['A1-O1', 'A1-O2', 'A1'])
    expect(column('D')).toEqual(['LEAFLET-1', 'POSTER-1'])
    const sheet = wb.worksheets[0]!
    const branchCol = (sheet.getRow(1).values as unknown[]).findIndex((v) => String(v).startsWith('机构代码'))
    const materialCol = (sheet.getRow(1).values as unknown[]).findIndex((v) => String(v).startsWith('物料编码'))
    expect(sheet.getCell(2, branchCol).value).toBe('A1-O1')
    expect(sheet.getCell(2, materialCol).value).toBe('LEAFLET-1')
    expect(sheet.getCell(3, branchCol).dataValidation?.formulae?.[0]).toContain('可用代码')
    // uploaded untouched, the example is one good row
    const dry = await request(server).post(`/api/activities/import?campaign=${w.campaign.id}`).set(auth(tokens.managerA1!)).attach('file', res.body as Buffer, '模板.xlsx')
    expect(dry.status, JSON.stringify(dry.body)).toBe(201)
    expect(dry.body.batch.counts).toMatchObject({ errors: 0, ok: 1, rows: 1 })
  })
  it('is not for anonymous callers or editors', async () => {
    expect((await request(server).get('/api/activities/import-template')).status).toBe(401)
    expect((await request(server).get('/api/activities/import-template').set(auth(tokens.editor!))).status).toBe(403)
  })
})

describe('import over REST', () => {
  it('dry run of a GBK CSV shows the summary; commit writes the records; re-upload writes none', async () => {
    const data = gbkCsv([row('R-1', 'A1-O1', '2026年10月8日'), row('R-2', 'A1-O1', 46304), row('R-3', 'A1-O1', '2026/10/10')])
    const dry = await upload('staffA1O1', data, '十月.csv')
    expect(dry.status).toBe(201)
    expect(dry.body.batch).toMatchObject({ counts: { errors: 0, ok: 3, present: 0, rows: 3 }, status: 'checked' })
    const batchId = dry.body.batch.id
    expect((await b.payload.count({ collection: 'activities', where: { importBatch: { equals: batchId } } })).totalDocs).toBe(0)

    // only the uploader (or admin) commits it; a user of another branch does not even see it
    expect((await request(server).post(`/api/activities/import/${batchId}/commit`).set(auth(tokens.staffB1O1!))).status).toBe(404)
    expect((await request(server).get(`/api/activities/import/${batchId}`).set(auth(tokens.managerB1!))).status).toBe(404)
    expect((await request(server).get(`/api/activities/import/${batchId}`).set(auth(tokens.managerA1!))).status).toBe(200)

    const commit = await request(server).post(`/api/activities/import/${batchId}/commit`).set(auth(tokens.staffA1O1!))
    expect(commit.status).toBe(200)
    expect(commit.body.batch).toMatchObject({ counts: { created: 3 }, status: 'committed' })
    const listed = await request(server).get(`/api/activities?where[importBatch][equals]=${batchId}&depth=0`).set(auth(tokens.staffA1O1!))
    expect(listed.body.docs.map((d: { date: string }) => d.date.slice(0, 10)).sort()).toEqual(['2026-10-08', '2026-10-09', '2026-10-10'].map((d) => noonInShanghai(d).slice(0, 10)))

    const again = await upload('staffA1O1', data, '十月.csv', '&commit=true')
    expect(again.status).toBe(200)
    expect(again.body.batch).toMatchObject({ counts: { created: 0, present: 3 }, status: 'committed' })
  })

  it('lists every row’s problems, in the user’s language, and refuses to commit them', async () => {
    const data = await xlsx([row('P-1', 'B1-O1', '2026-10-08'), row('P-2', 'A1-O1', '2026-11-08'), row('P-3', 'A1-O1', '2026-10-08', { material: 'NOPE' })])
    const dry = await upload('managerA1', data, 'p.xlsx').set('Accept-Language', 'en')
    expect(dry.status).toBe(201)
    expect(dry.body.batch.status).toBe('has-errors')
    const problems = dry.body.batch.problems as Array<{ column: string; message: string; row: number; value: string }>
    expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, '机构代码', 'B1-O1'],
      [3, '活动日期', '2026-11-08'],
      [4, '物料编码', 'NOPE'],
    ])
    expect(problems[0]!.message).toMatch(/No branch "B1-O1" within your branch and the branches under it/)
    expect(problems[1]!.message).toMatch(/outside the campaign period/)
    const commit = await request(server).post(`/api/activities/import/${dry.body.batch.id}/commit`).set(auth(tokens.managerA1!))
    expect(commit.status).toBe(409)
  })

  it('refuses bad files with one clear error and writes nothing', async () => {
    const before = (await b.payload.count({ collection: 'import-batches' })).totalDocs
    const html = Buffer.from('<!doctype html><script>alert(1)</script>')
    const cases: Array<[Buffer, string, number, RegExp]> = [
      [Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'photo.csv', 415, /不是 XLSX/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls', 415, /\.xls/],
      [html, 'page.xlsx', 400, /未找到表头/],
      [Buffer.from('\n\n'), 'empty.csv', 400, /没有数据/],
    ]
    for (const [data, name, status, message] of cases) {
      const res = await upload('managerA1', data, name)
      expect(res.status, name).toBe(status)
      expect(res.body.errors[0].message, name).toMatch(message)
    }
    // over the upload limit: refused before it is buffered
    const huge = Buffer.alloc(21 * 1024 * 1024, 0x41)
    const big = await upload('managerA1', huge, 'huge.csv').catch((e: { status?: number; response?: request.Response }) => e.response ?? { status: 413 })
    expect(big.status).toBe(413)
    expect((await b.payload.count({ collection: 'import-batches' })).totalDocs).toBe(before)
  })

  it('needs a campaign the user can see, a file, and a role that imports', async () => {
    expect((await request(server).post('/api/activities/import').attach('file', Buffer.from('x'), 'x.csv')).status).toBe(401)
    expect((await upload('editor', await xlsx([row('X', 'A1-O1', '2026-10-08')]), 'x.xlsx')).status).toBe(403)
    expect((await request(server).post('/api/activities/import?campaign=999999').set(auth(tokens.managerA1!)).attach('file', await xlsx([row('X', 'A1-O1', '2026-10-08')]), 'x.xlsx')).status).toBe(404)
    expect((await request(server).post('/api/activities/import').set(auth(tokens.managerA1!)).attach('file', await xlsx([row('X', 'A1-O1', '2026-10-08')]), 'x.xlsx')).status).toBe(400)
    expect((await request(server).post(`/api/activities/import?campaign=${w.campaign.id}`).set(auth(tokens.managerA1!)).send({})).status).toBe(400)
    // nobody creates or edits import batches directly
    expect((await request(server).post('/api/import-batches').set(auth(tokens.admin!)).attach('file', Buffer.from('a,b'), 'a.csv')).status).toBe(403)
  })

  it('runs a large import as a job with progress, all or nothing', async () => {
    const many = Array.from({ length: 1100 }, (_, i) => row(`BIG-${i + 1}`, i % 2 ? 'A1-O1' : 'A1-O2', `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`))
    const dry = await upload('managerA1', await xlsx(many), 'big.xlsx')
    expect(dry.body.batch.counts.ok).toBe(1100)
    const queued = await request(server).post(`/api/activities/import/${dry.body.batch.id}/commit`).set(auth(tokens.managerA1!))
    expect(queued.status).toBe(202)
    expect(queued.body.batch.status).toBe('queued')
    let status = 'queued'
    const seen: number[] = []
    for (let i = 0; i < 240 && status !== 'committed' && status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 250))
      const res = await request(server).get(`/api/activities/import/${dry.body.batch.id}`).set(auth(tokens.managerA1!))
      status = res.body.batch.status
      if (res.body.batch.progress) seen.push(res.body.batch.progress.done)
    }
    expect(status).toBe('committed')
    expect((await b.payload.count({ collection: 'activities', where: { importBatch: { equals: dry.body.batch.id } } })).totalDocs).toBe(1100)
    // the job finished (completed jobs are removed from the queue; the batch is the lasting record)
    const pending = await b.payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'importActivities' } }, { completedAt: { exists: false } }] } })
    expect(pending.totalDocs).toBe(0)
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).toBe(true)
  })
})

describe('closed months over REST, for every role', () => {
  let lockId: number | string
  let recordId: number | string
  beforeAll(async () => {
    recordId = (await b.payload.create({ collection: 'activities', data: activityData(w, 'A1-O1', { date: noonInShanghai('2026-10-15'), type: 'lobby' }), overrideAccess: false, user: w.users.staffA1O1 })).id
    const res = await request(server).post('/api/month-locks').set(auth(tokens.compliance!)).send({ campaign: w.campaign.id, month: '2026-10', reason: '月度数据已报送' })
    expect(res.status).toBe(201)
    lockId = res.body.doc.id
  })
  afterAll(async () => {
    await request(server).patch(`/api/month-locks/${lockId}`).set(auth(tokens.compliance!)).send({ status: 'reopened' })
  })

  const body = () => activityData(w, 'A1-O1', { date: noonInShanghai('2026-10-16'), type: 'lobby' })
  it.each([
    ['staffA1O1', 423, 423, 403],
    ['managerA1', 423, 423, 423],
    ['compliance', 403, 423, 403],
    ['editor', 403, 403, 403],
  ] as const)('%s: create %i, edit %i, delete %i — and the reason is given', async (who, create, edit, del) => {
    const c = await request(server).post('/api/activities').set(auth(tokens[who]!)).send(body())
    expect(c.status).toBe(create)
    if (create === 423) expect(c.body.errors[0].message).toContain('2026-10')
    const field = who === 'compliance' ? { returnReason: 'x', status: 'returned' } : { title: '改' }
    const e = await request(server).patch(`/api/activities/${recordId}`).set(auth(tokens[who]!)).send(field)
    expect(e.status).toBe(edit)
    if (edit === 423) expect(e.body.errors[0].message).toMatch(/已锁定/)
    expect((await request(server).delete(`/api/activities/${recordId}`).set(auth(tokens[who]!))).status).toBe(del)
    expect((await b.payload.findByID({ collection: 'activities', id: recordId })).title).not.toBe('改')
  })

  it('admin may still correct the month', async () => {
    const e = await request(server).patch(`/api/activities/${recordId}`).set(auth(tokens.admin!)).send({ location: '更正地点' })
    expect(e.status).toBe(200)
  })

  it('an import into the closed month is refused row by row', async () => {
    const res = await upload('managerA1', await xlsx([row('L-1', 'A1-O1', '2026-10-20')]), 'l.xlsx')
    expect(res.body.batch.status).toBe('has-errors')
    expect(res.body.batch.problems[0].message).toContain('已锁定')
  })
})

describe('status changes over REST', () => {
  it('staff submit, cannot approve; compliance returns with a reason only', async () => {
    const rec = (await b.payload.create({ collection: 'activities', data: activityData(w, 'B1-O1', { date: noonInShanghai('2026-10-03'), type: 'lobby' }), overrideAccess: false, user: w.users.staffB1O1 })).id
    expect((await request(server).patch(`/api/activities/${rec}`).set(auth(tokens.staffB1O1!)).send({ status: 'approved' })).status).toBe(403)
    expect((await request(server).patch(`/api/activities/${rec}`).set(auth(tokens.staffB1O1!)).send({ status: 'submitted' })).status).toBe(200)
    const noReason = await request(server).patch(`/api/activities/${rec}`).set(auth(tokens.compliance!)).send({ status: 'returned' })
    expect(noReason.status).toBe(400)
    const returned = await request(server).patch(`/api/activities/${rec}`).set(auth(tokens.compliance!)).send({ returnReason: '人数与照片不符', status: 'returned' })
    expect(returned.status).toBe(200)
    expect(returned.body.doc.history.at(-1)).toMatchObject({ reason: '人数与照片不符', to: 'returned' })
    // the history is the product's: a client cannot rewrite it
    const forged = await request(server).patch(`/api/activities/${rec}`).set(auth(tokens.staffB1O1!)).send({ history: [], title: '改标题' })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.history.length).toBe(2)
  })
})

describe('bulk review over REST', () => {
  it('approves many records sharing one photo in one request, answers with ids only, and keeps the totals right', async () => {
    const pic = await b.payload.create({ collection: 'media', data: { alt: '共用' }, file: { data: await lobbyPhoto(808), mimetype: 'image/jpeg', name: 'shared.jpg', size: 1 }, overrideAccess: false, user: w.users.staffB1O1 })
    const ids: Array<number | string> = []
    for (let i = 0; i < 30; i++) {
      const rec = await b.payload.create({
        collection: 'activities',
        data: activityData(w, 'B1-O1', { date: noonInShanghai('2026-10-12'), photos: [pic.id], reach: [{ audience: 'elderly', channel: 'offline', count: 10 }], status: 'submitted', title: `批量审核 ${i}`, type: 'street' }),
        overrideAccess: true,
      })
      ids.push(rec.id)
    }
    const where = `where[id][in]=${ids.join(',')}`
    const res = await request(server).patch(`/api/activities?${where}`).set(auth(tokens.compliance!)).send({ status: 'approved' })
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(30)
    expect(Object.keys(res.body.docs[0]).sort()).toEqual(['id'])
    expect(JSON.stringify(res.body).length).toBeLessThan(5_000)
    // the rollup of that branch-month counts them once each, approved
    const { docs } = await b.payload.find({ collection: 'activities', limit: 0, pagination: false, where: { id: { in: ids } } })
    expect(docs.every((d) => d.status === 'approved' && (d.flags ?? []).includes('duplicate-photo'))).toBe(true)
    const rollup = (await b.payload.find({ collection: 'rollups', where: { and: [{ branch: { equals: w.branches['B1-O1']!.id } }, { month: { equals: '2026-10' } }] } })).docs[0]!
    const approved = await b.payload.find({ collection: 'activities', limit: 0, pagination: false, select: { reach: true }, where: { and: [{ branch: { equals: w.branches['B1-O1']!.id } }, { status: { equals: 'approved' } }, { date: { greater_than_equal: '2026-10-01' } }, { date: { less_than: '2026-11-01' } }] } })
    expect(rollup.people).toBe(approved.docs.reduce((n, d) => n + (d.reach ?? []).reduce((m, r) => m + r.count, 0), 0))

    // a bulk refusal answers with the reasons, still without the documents
    const refused = await request(server).patch(`/api/activities?${where}`).set(auth(tokens.staffB1O1!)).send({ status: 'draft' })
    expect(JSON.stringify(refused.body).length).toBeLessThan(20_000)
    expect(refused.body.docs ?? []).toEqual([])
  })
})

describe('completeness', () => {
  it('head office sees every participating branch; a manager their subtree; staff nothing; XLSX export neutralises formulas', async () => {
    const all = await request(server).get(`/api/activities/completeness?campaign=${w.campaign.id}&month=2026-10`).set(auth(tokens.compliance!))
    expect(all.status).toBe(200)
    const codes = all.body.rows.map((r: { code: string }) => r.code)
    expect(codes).toEqual(expect.arrayContaining(['A', 'A1', 'A1-O1', 'B', 'B1-O1']))
    expect(codes).not.toContain('HO')
    const a1o1 = all.body.rows.find((r: { code: string }) => r.code === 'A1-O1')
    expect(a1o1.total).toBeGreaterThan(0)
    const a = all.body.rows.find((r: { code: string }) => r.code === 'A')
    expect(a.total).toBeGreaterThanOrEqual(a1o1.total)

    const mine = await request(server).get(`/api/activities/completeness?campaign=${w.campaign.id}&month=2026-10`).set(auth(tokens.managerA1!))
    expect(mine.body.rows.map((r: { code: string }) => r.code).sort()).toEqual(['A1', 'A1-O1', 'A1-O2'])
    expect((await request(server).get(`/api/activities/completeness?campaign=${w.campaign.id}&month=2026-10`).set(auth(tokens.staffA1O1!))).status).toBe(403)
    expect((await request(server).get(`/api/activities/completeness?campaign=${w.campaign.id}&month=2026-12`).set(auth(tokens.compliance!))).status).toBe(400)

    await b.payload.update({ collection: 'branches', data: { name: '=HYPERLINK("http://evil.example","点我")' }, id: w.branches['B1-O1']!.id })
    const x = await request(server).get(`/api/activities/completeness?campaign=${w.campaign.id}&month=2026-10&format=xlsx`).set(auth(tokens.compliance!)).buffer(true).parse(binary)
    expect(x.status).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(x.body as unknown as ArrayBuffer)
    const cells: unknown[] = []
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => cells.push(c.value)))
    // headers in Chinese, and a total row as on the screen
    expect(wb.worksheets[0]!.name).toBe('报送情况')
    const last = wb.worksheets[0]!.lastRow!
    expect(last.getCell(1).value).toBe('合计')
    expect(last.getCell(8).value).toBe(all.body.rows.reduce((n: number, r: { total: number }) => n + r.total, 0))
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","点我")`)
    expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false)
  })
})
