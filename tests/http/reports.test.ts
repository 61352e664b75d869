/** Reports over REST: who may generate and read them, and a clear 4xx for every bad request. */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadShippedTemplates } from '../../src/reports/defaults'
import { type Booted, bootPayload } from '../helpers/boot'
import { auth, login, startServer } from '../helpers/http'
import { buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let server: Server
const tokens: Record<string, string> = {}

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  await loadShippedTemplates(b.payload)
  server = startServer(b.config)
  for (const [key, u] of Object.entries(w.users)) tokens[key] = await login(server, u.email)
  for (const a of Object.values(w.activities)) await b.payload.update({ collection: 'activities', data: { status: 'approved' }, id: a.id })
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const generate = (who: string | null, body: object) => {
  const r = request(server).post('/api/reports/generate')
  return who ? r.set(auth(tokens[who]!)).send(body) : r.send(body)
}

describe('generating reports', () => {
  it('head office generates; nobody else', async () => {
    const ok = await generate('compliance', { campaign: w.campaign.id, month: '2026-10' })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.totals.events).toBe(4)
    expect((await generate(null, { campaign: w.campaign.id, month: '2026-10' })).status).toBe(401)
    for (const who of ['managerA1', 'staffA1O1', 'editor']) expect((await generate(who, { campaign: w.campaign.id, month: '2026-10' })).status, who).toBe(403)
    // and nobody creates one by hand
    expect((await request(server).post('/api/reports').set(auth(tokens.admin!)).send({ campaign: w.campaign.id, month: '2026-10' })).status).toBe(403)
  })

  it('says what is wrong with a bad request', async () => {
    const cases: Array<[object, number, RegExp]> = [
      [{ campaign: 999999, month: '2026-10' }, 404, /宣传活动不存在/],
      [{ campaign: w.campaign.id, month: '2026-12' }, 400, /不在宣传活动期间/],
      [{ campaign: w.campaign.id, month: '10/2026' }, 400, /month/],
      [{ campaign: w.campaign.id, formats: ['pdf-ish'], month: '2026-10' }, 400, /formats/],
      [{ campaign: w.campaign.id, month: '2026-10', scope: 999999 }, 404, /统计范围/],
      [{ campaign: w.campaign.id, month: '2026-10', template: 999999 }, 404, /模板/],
    ]
    for (const [body, status, message] of cases) {
      const res = await generate('compliance', body)
      expect(res.status, JSON.stringify(body)).toBe(status)
      expect(res.body.errors[0].message, JSON.stringify(body)).toMatch(message)
    }
  })
})

describe('reading reports', () => {
  it('managers read the reports of their own subtree only; staff none; the HTML follows the same rule', async () => {
    const a1 = (await generate('compliance', { campaign: w.campaign.id, month: '2026-10', scope: w.branches.A1!.id })).body.doc
    const bBranch = (await generate('compliance', { campaign: w.campaign.id, language: 'en', month: '2026-10', scope: w.branches.B!.id })).body.doc
    expect(a1.totals.events).toBe(2)
    const mine = await request(server).get('/api/reports?limit=50').set(auth(tokens.managerA1!))
    expect(mine.body.docs.map((r: { id: number | string }) => r.id)).toEqual([a1.id])
    expect((await request(server).get(`/api/reports/${bBranch.id}`).set(auth(tokens.managerA1!))).status).toBe(404)
    expect((await request(server).get(`/api/reports/${a1.id}/html`).set(auth(tokens.managerA1!))).status).toBe(200)
    expect((await request(server).get(`/api/reports/${bBranch.id}/html`).set(auth(tokens.managerA1!))).status).toBe(404)
    expect((await request(server).get('/api/reports').set(auth(tokens.staffA1O1!))).status).toBe(403)
    expect((await request(server).get(`/api/reports/${a1.id}/html`)).status).toBe(404)
    const html = await request(server).get(`/api/reports/${bBranch.id}/html`).set(auth(tokens.compliance!))
    expect(html.headers['content-security-policy']).toContain("default-src 'none'")
    expect(html.text).toContain('summary for October 2026')
    // the report's files follow the report
    const file = bBranch.files[0]
    expect((await request(server).get(`/api/report-files/${typeof file === 'object' ? file.id : file}`).set(auth(tokens.managerA1!))).status).toBe(404)
  })
})
