/**
 * Sign-in as a stranger would abuse it, over REST: locking someone else out,
 * telling accounts apart, changing a password from a borrowed session, and
 * the password-reset request (mailed through a real SMTP server).
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../../helpers/boot'
import { auth, startServer } from '../../helpers/http'
import { startSmtp } from '../../helpers/smtp'
import { buildWorld, PASSWORD, type World } from '../../helpers/world'

let b: Booted
let w: World
let server: Server
let smtp: Awaited<ReturnType<typeof startSmtp>>

beforeAll(async () => {
  smtp = await startSmtp()
  b = await bootPayload({ LOGIN_LOCK_SECONDS: '60', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  w = await buildWorld(b.payload)
  // behind one reverse proxy, which reports each client's address in X-Forwarded-For
  server = startServer(b.config, { trustedProxies: 1 })
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
  await smtp?.close()
})

// client addresses as a reverse proxy would report them (documentation ranges; nothing is sent there)
const STRANGER = '203.0.113.9'
const OFFICE = '198.51.100.7'
const signIn = (email: string, password: string, from: string) =>
  request(server).post('/api/users/login').set('X-Forwarded-For', from).send({ email, password })

describe('sign-in cannot be turned against a user', () => {
  it('a stranger’s wrong passwords slow the stranger down, not the owner, and leave open sessions alone', async () => {
    const email = w.users.admin!.email
    const session = await signIn(email, PASSWORD, OFFICE)
    expect(session.status).toBe(200)
    const failures = []
    for (let i = 0; i < 8; i++) failures.push((await signIn(email, `guess-${i}`, STRANGER)).status)
    expect(failures.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(failures.slice(5)).toContain(429)
    // from the stranger's place even the right password waits, with the reason in Chinese
    const waiting = await signIn(email, PASSWORD, STRANGER)
    expect(waiting.status).toBe(429)
    expect(waiting.body.errors[0].message).toMatch(/登录尝试过于频繁，请 \d+ 秒后再试/)
    // the owner signs in from their usual place, and the session they had still works
    expect((await signIn(email, PASSWORD, OFFICE)).status).toBe(200)
    expect((await request(server).get('/api/users/me').set(auth(session.body.token))).body.user.email).toBe(email)
  })

  it('answers alike for an unknown account and a wrong password, waiting or not', async () => {
    const unknown = await signIn('nobody@test.example.cn', 'whatever-1', '192.0.2.10')
    const wrong = await signIn(w.users.staffA1O1!.email, 'whatever-1', '192.0.2.11')
    expect([unknown.status, unknown.body]).toEqual([wrong.status, wrong.body])
    for (let i = 0; i < 6; i++) {
      await signIn('nobody@test.example.cn', `x-${i}`, '192.0.2.10')
      await signIn(w.users.staffA1O1!.email, `x-${i}`, '192.0.2.11')
    }
    const a = await signIn('nobody@test.example.cn', 'x', '192.0.2.10')
    const c = await signIn(w.users.staffA1O1!.email, 'x', '192.0.2.11')
    expect(a.status).toBe(429)
    expect(c.status).toBe(429)
    expect(a.body.errors[0].message.replace(/\d+/, 'N')).toBe(c.body.errors[0].message.replace(/\d+/, 'N'))
  })
})

describe('a borrowed session cannot take the account over', () => {
  it('changing one’s own password or e-mail needs the current password', async () => {
    const token = (await signIn(w.users.staffB1O1!.email, PASSWORD, OFFICE)).body.token as string
    const me = w.users.staffB1O1!.id
    const none = await request(server).patch(`/api/users/${me}`).set(auth(token)).send({ password: 'Another-password-2026' })
    expect(none.status).toBe(400)
    expect(none.body.errors[0].message).toContain('当前密码')
    const wrong = await request(server).patch(`/api/users/${me}`).set(auth(token)).send({ currentPassword: 'not-it', email: 'thief@example.com' })
    expect(wrong.status).toBe(403)
    expect((await b.payload.findByID({ collection: 'users', id: me })).email).toBe(w.users.staffB1O1!.email)
    // other fields need nothing more
    expect((await request(server).patch(`/api/users/${me}`).set(auth(token)).send({ phone: '020-12345678' })).status).toBe(200)
    const right = await request(server).patch(`/api/users/${me}`).set(auth(token)).send({ currentPassword: PASSWORD, password: 'Another-password-2026' })
    expect(right.status).toBe(200)
    expect((await signIn(w.users.staffB1O1!.email, 'Another-password-2026', OFFICE)).status).toBe(200)
  })
})

describe('password reset', () => {
  it('answers the same for known and unknown addresses, never 500, and mails the known one a link', async () => {
    smtp.inbox.length = 0
    const known = await request(server).post('/api/users/forgot-password').set('X-Forwarded-For', OFFICE).send({ email: w.users.managerA1!.email })
    const unknown = await request(server).post('/api/users/forgot-password').set('X-Forwarded-For', OFFICE).send({ email: 'nobody@test.example.cn' })
    expect(known.status).toBe(200)
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    for (let i = 0; i < 50 && smtp.inbox.length < 1; i++) await new Promise((r) => setTimeout(r, 50))
    expect(smtp.inbox.map((m) => m.to)).toEqual([[w.users.managerA1!.email]])
    expect(smtp.inbox[0]!.subject).toContain('重置密码')
    expect(smtp.inbox[0]!.text).toMatch(/\/admin\/reset\/[0-9a-f]{20,}/)
  })
})
