/**
 * Issue 24, tries 5 and the audit of item 6: a request a user can make never
 * gets a bare 500. Report templates that hit the sandbox's memory or time
 * limit answer 422 naming the limit and the template's line; a hostile
 * spreadsheet 413 in words; and every endpoint of the product, sent each
 * kind of bad input (malformed ids, wrong types, broken JSON, oversize
 * values, ids of another branch), answers 4xx. GET /api/health says 200
 * while the database takes a write and 503 while it does not, and the next
 * request works.
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadShippedTemplates } from '../../../src/reports/defaults'
import { type Booted, bootPayload } from '../../helpers/boot'
import { engineName, onPostgres } from '../../helpers/engine'
import { png } from '../../helpers/files'
import { lyingZip } from '../../helpers/hostileSheets'
import { auth, login, startServer } from '../../helpers/http'
import { buildWorld, type World } from '../../helpers/world'

let b: Booted
let w: World
let server: Server
const tokens: Record<string, string> = {}

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  await loadShippedTemplates(b.payload)
  server = startServer(b.config)
  for (const who of ['compliance', 'staffA1O1', 'managerA1', 'admin'] as const) tokens[who] = await login(server, w.users[who]!.email)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const templateAnswer = async (name: string, body: string) => {
  const t = await request(server).post('/api/report-templates').set(auth(tokens.compliance!)).send({ body, language: 'zh', name })
  expect(t.status, JSON.stringify(t.body)).toBe(201)
  return request(server)
    .post('/api/reports/generate')
    .set(auth(tokens.compliance!))
    .set('Accept-Language', 'zh-CN')
    .send({ campaign: w.campaign.id, formats: ['html'], month: '2026-10', template: t.body.doc.id })
}

describe(`refusals are 4xx with words (${engineName})`, () => {
  it('a template past the sandbox’s memory limit: 422 naming the limit and the line', async () => {
    const res = await templateAnswer('翻倍模板', '月报\n{% assign s = "反诈宣传反诈宣传" %}\n{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}')
    expect(res.status, JSON.stringify(res.body)).toBe(422)
    expect(res.body.errors[0].message).toMatch(/64 MB/)
    expect(res.body.errors[0].message).toMatch(/第 3 行/)
    expect(res.body.errors[0].message).toContain('翻倍模板')
  })

  it('a template past the render-time limit: 422 naming the limit and the line', { timeout: 30_000 }, async () => {
    const res = await templateAnswer('死循环模板', '月报\n\n\n{% for i in (1..100) %}{% for j in (1..100) %}{% for k in (1..1000) %}{% endfor %}{% endfor %}{% endfor %}')
    expect(res.status, JSON.stringify(res.body)).toBe(422)
    expect(res.body.errors[0].message).toMatch(/2000 毫秒/)
    expect(res.body.errors[0].message).toMatch(/第 4 行/)
  })

  it('a spreadsheet whose directory lies about its size: 413 naming the limit, in Chinese', { timeout: 60_000 }, async () => {
    const res = await request(server).post(`/api/activities/import?campaign=${w.campaign.id}`).set(auth(tokens.staffA1O1!)).set('Accept-Language', 'zh-CN').attach('file', await lyingZip(), '台账.xlsx')
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toMatch(/300 MB/)
  })

  it('every endpoint, sent each kind of bad input, answers 4xx — never 5xx', { timeout: 120_000 }, async () => {
    const otherBranchRecord = (await b.payload.find({ collection: 'activities', limit: 1, where: { branch: { equals: w.branches['A2-O1']!.id } } })).docs[0]!.id
    const ids = ['abc', '0', '-1', '99999999', '1e3', '../1', '%00', 'null', String(otherBranchRecord)]
    const junkBodies: Array<string | object> = ['{', '[]', 'null', '"x"', { campaign: 'abc', month: '2026-13' }, { campaign: { $ne: 1 } }, { ids: 'x', action: 'approve' }, { title: 'x'.repeat(300_000) }]
    const collections = ['activities', 'campaigns', 'branches', 'materials', 'media', 'month-locks', 'monthly-returns', 'import-batches', 'notifications', 'rollups', 'reports', 'report-templates', 'report-files', 'users', 'audit-log']
    const custom = [
      ['POST', '/api/activities/import'],
      ['POST', '/api/activities/workflow'],
      ['GET', '/api/activities/workflow'],
      ['POST', '/api/activities/review'],
      ['GET', '/api/activities/completeness'],
      ['GET', '/api/activities/import-template?lang=xx'],
      ['POST', '/api/reports/generate'],
      ['GET', '/api/monthly-returns/tree'],
      ['POST', '/api/monthly-returns/act'],
      ['GET', '/api/audit-log/export?from=notadate'],
    ] as const
    const calls: Array<{ body?: string | object; method: 'DELETE' | 'GET' | 'PATCH' | 'POST'; path: string }> = []
    for (const c of collections) {
      for (const id of ids) for (const method of ['GET', 'PATCH', 'DELETE'] as const) calls.push({ body: method === 'PATCH' ? { title: 'x' } : undefined, method, path: `/api/${c}/${encodeURIComponent(id)}` })
      calls.push({ method: 'GET', path: `/api/${c}?where[id][equals]=abc&limit=-5&page=abc&sort=nonexistent&depth=99` })
      calls.push({ method: 'GET', path: `/api/${c}?where[or][0][branch][like]=%&where[createdAt][greater_than]=notadate` })
      for (const body of junkBodies) calls.push({ body, method: 'POST', path: `/api/${c}` })
    }
    for (const [method, path] of custom) {
      calls.push({ method, path })
      for (const id of ids.slice(0, 4)) calls.push({ method, path: `${path}${path.includes('?') ? '&' : '?'}campaign=${encodeURIComponent(id)}&month=${encodeURIComponent(id)}&branch=${encodeURIComponent(id)}` })
      if (method === 'POST') for (const body of junkBodies) calls.push({ body, method, path })
    }
    for (const id of ids) calls.push({ method: 'POST', path: `/api/activities/import/${encodeURIComponent(id)}/commit` }, { method: 'GET', path: `/api/activities/import/${encodeURIComponent(id)}` }, { method: 'GET', path: `/api/activities/${encodeURIComponent(id)}/actions` }, { method: 'GET', path: `/api/reports/${encodeURIComponent(id)}/html` })
    const fives: string[] = []
    for (const who of ['staffA1O1', 'managerA1', 'compliance'] as const) {
      for (const c of calls) {
        let r = request(server)[c.method.toLowerCase() as 'get'](c.path).set(auth(tokens[who]!)).set('Accept-Language', 'zh-CN')
        if (c.body !== undefined) r = typeof c.body === 'string' ? r.set('Content-Type', 'application/json').send(c.body) : r.send(c.body)
        const res = await r
        if (res.status >= 500) fives.push(`${who} ${c.method} ${c.path} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`)
      }
    }
    // uploads that are not what they say
    const good = await png(64, 64)
    for (const [data, type, name] of [
      [Buffer.concat([good.subarray(0, 16), Buffer.alloc(64, 0xff)]), 'image/png', 'broken.png'],
      [Buffer.from('GIF89a'), 'image/gif', 'tiny.gif'],
      [Buffer.alloc(0), 'image/jpeg', 'empty.jpg'],
      [Buffer.from('PK\u0003\u0004not a zip'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'fake.xlsx'],
    ] as const) {
      const up = await request(server).post('/api/media').set(auth(tokens.staffA1O1!)).attach('file', data, { contentType: type, filename: name }).field('_payload', '{}')
      if (up.status >= 500) fives.push(`media ${name} → ${up.status} ${JSON.stringify(up.body).slice(0, 200)}`)
      const imp = await request(server).post(`/api/activities/import?campaign=${w.campaign.id}`).set(auth(tokens.staffA1O1!)).attach('file', data, name)
      if (imp.status >= 500) fives.push(`import ${name} → ${imp.status} ${JSON.stringify(imp.body).slice(0, 200)}`)
    }
    expect(fives).toEqual([])
  })

  it('GET /api/health: 200 while the database takes a write, 503 while another process holds it, 200 again after', { timeout: 60_000 }, async () => {
    expect((await request(server).get('/api/health')).status).toBe(200)
    if (onPostgres) return
    // another process (a script, say) holds SQLite's write lock
    const Database = (await import('libsql')).default
    const other = new Database(process.env.DATABASE_URL!.slice('file:'.length))
    other.exec('BEGIN IMMEDIATE')
    try {
      const down = await request(server).get('/api/health')
      expect(down.status).toBe(503)
      expect(down.body.status).toBe('unavailable')
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    // whatever the check left waiting is done within its retry window; then it is up again
    await new Promise((r) => setTimeout(r, 6000))
    expect((await request(server).get('/api/health')).status).toBe(200)
    expect((await request(server).post('/api/users/login').send({ email: w.users.staffA1O1!.email, password: 'Test-password-2026' })).status).toBe(200)
  })
})
