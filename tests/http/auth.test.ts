/** Sign-in, logout, CSRF, hidden fields, query fuzzing and uploads, over REST (throttling: security/auth.test.ts). */
import { randomBytes } from 'node:crypto'
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { html, png } from '../helpers/files'
import { auth, login, startServer } from '../helpers/http'
import { buildWorld, PASSWORD, type World } from '../helpers/world'

let b: Booted
let w: World
let server: Server
const MAX_UPLOAD = 100_000
beforeAll(async () => {
  b = await bootPayload({ LOGIN_LOCK_SECONDS: '2', UPLOAD_MAX_BYTES: String(MAX_UPLOAD) })
  w = await buildWorld(b.payload)
  server = startServer(b.config)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const ORIGIN = 'http://localhost:3000'

describe('sign-in', () => {
  it('logs in with the right password, refuses a wrong one in the user’s language', async () => {
    const ok = await request(server).post('/api/users/login').send({ email: w.users.editor!.email, password: PASSWORD })
    expect(ok.status).toBe(200)
    expect(ok.body.user.role).toBe('editor')
    expect(ok.body.user.hash).toBeUndefined()
    expect(ok.body.user.salt).toBeUndefined()
    const bad = await request(server).post('/api/users/login').send({ email: w.users.editor!.email, password: 'nope' })
    expect(bad.status).toBe(401)
    expect(bad.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    const badEn = await request(server).post('/api/users/login').set('Accept-Language', 'en').send({ email: w.users.editor!.email, password: 'nope' })
    expect(badEn.body.errors[0].message).toMatch(/incorrect/i)
  })

  it('a logged-out token is dead', async () => {
    const token = await login(server, w.users.managerB1!.email)
    expect((await request(server).get('/api/users/me').set(auth(token))).body.user.id).toBe(w.users.managerB1!.id)
    expect((await request(server).post('/api/users/logout').set(auth(token))).status).toBe(200)
    const after = await request(server).get('/api/users/me').set(auth(token))
    expect(after.body.user ?? null).toBeNull()
    expect((await request(server).get('/api/activities').set(auth(token))).status).toBe(403)
  })
})

describe('cookies and foreign origins (CSRF)', () => {
  it('a cookie counts only from our own origin', async () => {
    const res = await request(server).post('/api/users/login').set('Origin', ORIGIN).send({ email: w.users.admin!.email, password: PASSWORD })
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('payload-token='))!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const jar = cookie.split(';')[0]!
    const own = await request(server).get('/api/users/me').set('Cookie', jar).set('Origin', ORIGIN)
    expect(own.body.user.id).toBe(w.users.admin!.id)
    const foreign = await request(server).get('/api/users/me').set('Cookie', jar).set('Origin', 'https://evil.example')
    expect(foreign.body.user ?? null).toBeNull()
    const write = await request(server)
      .patch(`/api/campaigns/${w.campaign.id}`)
      .set('Cookie', jar)
      .set('Origin', 'https://evil.example')
      .send({ title: '跨站篡改' })
    expect(write.status).toBe(403)
    // no Origin and a cross-site fetch: refused too
    const crossSite = await request(server).get('/api/users/me').set('Cookie', jar).set('Sec-Fetch-Site', 'cross-site')
    expect(crossSite.body.user ?? null).toBeNull()
    expect((await b.payload.findByID({ collection: 'campaigns', id: w.campaign.id })).title).toBe(w.campaign.title)
  })
})

describe('hidden fields and hostile queries', () => {
  it('password hash, salt and reset token can be neither filtered nor sorted on', async () => {
    const token = await login(server, w.users.compliance!.email)
    for (const q of ['where[hash][exists]=true', 'where[salt][like]=a', 'where[resetPasswordToken][exists]=false', 'where[hash][greater_than]=0']) {
      const res = await request(server).get(`/api/users?${q}`).set(auth(token))
      expect(res.status, q).toBe(400)
    }
    for (const field of ['hash', '-salt', 'resetPasswordToken']) {
      const sorted = await request(server).get(`/api/users?sort=${field}&limit=100`).set(auth(token))
      expect(sorted.status, field).toBe(400)
    }
    const list = await request(server).get('/api/users?limit=100').set(auth(token))
    expect(JSON.stringify(list.body)).not.toMatch(/"hash"|"salt"|resetPasswordToken|"loginAttempts"/)
  })

  it('SQL metacharacters in where and sort give no 500 and no other branch’s rows', async () => {
    const token = await login(server, w.users.managerA1!.email)
    const evil = ["' OR 1=1 --", '"; DROP TABLE activities; --', '1) OR (1=1', '%', '_', '\\', "A1-O1' UNION SELECT * FROM users --", '\u0000', '𠮷𠮷']
    const foreignId = w.branches['B1-O1']!.id
    for (const v of evil) {
      const e = encodeURIComponent(v)
      for (const q of [`where[title][equals]=${e}`, `where[title][like]=${e}`, `where[title][contains]=${e}`, `where[branch][in]=${e}`, `sort=${e}`, `where[${e}][equals]=1`, `where[branch.code][equals]=${e}`]) {
        const res = await request(server).get(`/api/activities?depth=0&limit=100&${q}`).set(auth(token))
        expect(res.status, q).toBeLessThan(500)
        if (res.status === 400) expect(res.body.errors[0].message, q).toBeTruthy()
        for (const d of res.body.docs ?? []) expect(d.branch, q).not.toBe(foreignId)
      }
    }
    expect((await b.payload.count({ collection: 'activities' })).totalDocs).toBeGreaterThanOrEqual(4)
  })
})

describe('uploads over REST', () => {
  const upload = (token: string, data: Buffer, name: string, type: string, lang = 'zh') =>
    request(server).post('/api/media').set(auth(token)).set('Accept-Language', lang).attach('file', data, { contentType: type, filename: name }).field('_payload', JSON.stringify({ alt: name }))

  it('refuses a renamed HTML page with a clear message in the user’s language, storing nothing', async () => {
    const token = await login(server, w.users.staffA1O1!.email)
    const before = (await b.payload.count({ collection: 'media' })).totalDocs
    const zh = await upload(token, html(), 'photo.jpg', 'image/jpeg')
    expect(zh.status).toBe(400)
    expect(zh.body.errors[0].message).toBe('“photo.jpg”不是 JPEG、PNG、WebP 图片或 PDF 文件（按文件内容判断，而非文件名）。')
    const en = await upload(token, html(), 'photo.jpg', 'image/jpeg', 'en')
    expect(en.body.errors[0].message).toMatch(/is not a JPEG, PNG or WebP image or a PDF/)
    expect((await b.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses a file over the size limit (413) and stores nothing', async () => {
    const token = await login(server, w.users.staffA1O1!.email)
    const before = (await b.payload.count({ collection: 'media' })).totalDocs
    const big = Buffer.concat([await png(), randomBytes(MAX_UPLOAD * 2)])
    const res = await upload(token, big, 'big.png', 'image/png')
    expect(res.status).toBe(413)
    expect((await b.payload.count({ collection: 'media' })).totalDocs).toBe(before)
    const ok = await upload(token, await png(), 'small.png', 'image/png')
    expect(ok.status).toBe(201)
  })

  it('anonymous callers cannot upload', async () => {
    const res = await request(server).post('/api/media').attach('file', await png(), { contentType: 'image/png', filename: 'a.png' })
    expect(res.status).toBe(403)
  })
})
