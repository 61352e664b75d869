/**
 * Links work where the product is served (issue 23). Without SERVER_URL the
 * server is reached as localhost, 127.0.0.1 or any other name: media URLs and
 * thumbnails, report-file URLs and every drill-down link of a report are
 * relative, so a browser follows them on the host it used; a workbook's
 * record links (opened outside the browser) carry the host of the request
 * that generated it. Mails, read away from any request, keep an absolute
 * address. Served at a port other than 3000 and asked through 127.0.0.1.
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import ExcelJS from 'exceljs'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mailLink } from '../../src/http'
import { loadShippedTemplates } from '../../src/reports/defaults'
import { type Booted, bootPayload } from '../helpers/boot'
import { lobbyPhoto } from '../helpers/files'
import { auth, login, startServer } from '../helpers/http'
import { buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let server: Server
let base: string
const tokens: Record<string, string> = {}

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  await loadShippedTemplates(b.payload)
  server = startServer(b.config)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  for (const key of ['staffA1O1', 'compliance']) tokens[key] = await login(server, w.users[key]!.email)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const absoluteHosts = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => new URL(m[0]).host)

describe('links where the product is served', () => {
  it('media and thumbnails are relative URLs that answer on the host the browser used', async () => {
    const up = await request(base).post('/api/media').set(auth(tokens.staffA1O1!)).attach('file', await lobbyPhoto(4401), { contentType: 'image/jpeg', filename: 'p.jpg' }).field('_payload', '{}')
    expect(up.status).toBe(201)
    const list = await request(base).get('/api/media?limit=5').set(auth(tokens.staffA1O1!))
    const doc = list.body.docs[0]
    // a size that was not made (an image smaller than it) has no URL
    for (const u of [doc.url, doc.thumbnailURL, ...Object.values(doc.sizes as Record<string, { url: string | null }>).map((s) => s.url)].filter((x): x is string => typeof x === 'string')) {
      expect(u, u).toMatch(/^\/api\/media\/file\//)
      expect((await request(base).get(u).set(auth(tokens.staffA1O1!))).status).toBe(200)
    }
    expect(absoluteHosts(JSON.stringify(list.body))).toEqual([])
  })

  it('a report’s links are relative in its HTML, and its workbook links to the host the request used', async () => {
    const rec = await b.payload.create({ collection: 'activities', data: { branch: w.branches['A1-O1']!.id, campaign: w.campaign.id, date: w.activities['A1-O1']!.date, status: 'approved', title: '已审核', type: 'lobby' } })
    expect(rec.id).toBeDefined()
    const gen = await request(base).post('/api/reports/generate').set(auth(tokens.compliance!)).send({ campaign: w.campaign.id, formats: ['html', 'xlsx'], month: '2026-10' })
    expect(gen.status, JSON.stringify(gen.body)).toBe(201)
    const html = (await request(base).get(`/api/reports/${gen.body.doc.id}/html`).set(auth(tokens.compliance!))).text
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)
    expect(hrefs.length).toBeGreaterThan(0)
    for (const h of hrefs) expect(h, h).toMatch(/^\//)
    const fileId = gen.body.doc.files.map((f: { id?: unknown } | string | number) => (typeof f === 'object' ? f.id : f))[0]
    const file = (await request(base).get(`/api/report-files/${fileId}`).set(auth(tokens.compliance!))).body
    expect(file.url).toMatch(/^\/api\/report-files\/file\//)
    const bytes = await request(base).get(file.url).set(auth(tokens.compliance!)).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => cb(null, Buffer.concat(chunks)))
    })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.body as ArrayBuffer)
    const links = (wb.worksheets[2]!.getColumn(6).values.slice(2) as Array<{ hyperlink: string }>).map((l) => l.hyperlink)
    expect(links.length).toBeGreaterThan(0)
    for (const l of links) expect(new URL(l).origin).toBe(base)
  })

  it('a mail’s link stays absolute', () => {
    expect(mailLink('/admin')).toMatch(/^http:\/\/localhost:\d+\/admin$/)
  })
})
