/**
 * Issue 24, try 3: a big import by staff made the whole server unresponsive
 * — reads included — and its progress never showed. Now others read and save
 * while it runs (on SQLite it commits in steps and lets the event loop answer
 * between rows), its progress moves, and it is still all-or-nothing: a month
 * closed under it makes it fail, and every step it had committed is taken
 * back (SQLite; on PostgreSQL the import is one transaction and the lock
 * waits for it). (Latencies are measured by `npm run bench:busy`, not asserted here.)
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../../src/domain/dates'
import { verifyRollups } from '../../../src/workflow/rollups'
import { type Booted, bootPayload } from '../../helpers/boot'
import { engineName, onPostgres } from '../../helpers/engine'
import { auth, login, startServer } from '../../helpers/http'
import { row, xlsx } from '../../helpers/sheets'
import { activityData, buildWorld, type World } from '../../helpers/world'

let b: Booted
let w: World
let server: Server
const tokens: Record<string, string> = {}

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  server = startServer(b.config)
  for (const who of ['managerA1', 'staffA1O1', 'compliance'] as const) tokens[who] = await login(server, w.users[who]!.email)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const ROWS = 2500
const upload = async (prefix: string, date: string) => {
  const data = await xlsx(Array.from({ length: ROWS }, (_, i) => row(`${prefix}-${i}`, 'A1-O2', date, { leaflets: 10, people: 7 })))
  const res = await request(server).post(`/api/activities/import?campaign=${w.campaign.id}`).set(auth(tokens.managerA1!)).attach('file', data, `${prefix}.xlsx`)
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(201)
  return res.body.batch.id as number | string
}
const batchOf = async (id: number | string) => (await request(server).get(`/api/activities/import/${id}`).set(auth(tokens.managerA1!))).body.batch as { progress: { done: number; total: number } | null; status: string }
const countOf = async (id: number | string) => (await b.payload.count({ collection: 'activities', where: { importBatch: { equals: id } } })).totalDocs

describe(`others work while a big import runs (${engineName})`, () => {
  it('reads and saves are answered during it, its progress moves, and it commits every row once', { timeout: 300_000 }, async () => {
    const id = await upload('BIG', '2026-10-12')
    const commit = await request(server).post(`/api/activities/import/${id}/commit`).set(auth(tokens.managerA1!))
    expect(commit.status).toBe(202)
    const during = { progress: new Set<number>(), reads: 0, saves: 0 }
    const saved: Array<number | string> = []
    const until = Date.now() + 240_000
    for (let n = 0; Date.now() < until; n++) {
      const before = await batchOf(id)
      if (before.status !== 'running' && before.status !== 'queued') break
      if (before.progress) during.progress.add(before.progress.done)
      const read = await request(server).get('/api/activities?limit=10&depth=0').set(auth(tokens.staffA1O1!))
      const save = await request(server)
        .post('/api/activities')
        .set(auth(tokens.staffA1O1!))
        .send(activityData(w, 'A1-O1', { date: noonInShanghai('2026-10-13'), title: `导入期间保存 ${n}` }))
      expect(read.status).toBe(200)
      expect(save.status, JSON.stringify(save.body)).toBe(201)
      saved.push(save.body.doc.id)
      // counted only when the import was still running after them
      if ((await batchOf(id)).status === 'running') {
        during.reads++
        during.saves++
      }
    }
    expect((await batchOf(id)).status).toBe('committed')
    expect(during.reads).toBeGreaterThanOrEqual(3)
    expect(during.saves).toBeGreaterThanOrEqual(3)
    expect([...during.progress].filter((d) => d > 0 && d < ROWS).length).toBeGreaterThanOrEqual(2)
    expect(await countOf(id)).toBe(ROWS)
    expect((await b.payload.count({ collection: 'activities', where: { id: { in: saved } } })).totalDocs).toBe(saved.length)
    expect(await verifyRollups(b.payload)).toEqual([])
  })

  it('a month closed while it runs makes it fail, and nothing of it stays', { timeout: 300_000 }, async () => {
    const id = await upload('LOCKED', '2026-10-20')
    expect((await request(server).post(`/api/activities/import/${id}/commit`).set(auth(tokens.managerA1!))).status).toBe(202)
    // wait until it has written part of the file, then close October under it
    for (let n = 0; n < 600; n++) {
      const batch = await batchOf(id)
      if ((batch.progress?.done ?? 0) > 500) break
      await new Promise((r) => setTimeout(r, 50))
    }
    const lock = await request(server).post('/api/month-locks').set(auth(tokens.compliance!)).send({ campaign: w.campaign.id, month: '2026-10', reason: '十月已结账' })
    expect(lock.status, JSON.stringify(lock.body)).toBe(201)
    let status = ''
    for (let n = 0; n < 600 && status !== 'failed' && status !== 'committed'; n++) {
      status = (await batchOf(id)).status
      await new Promise((r) => setTimeout(r, 100))
    }
    if (onPostgres) {
      // PostgreSQL: the import is one transaction holding the month open; the lock waits for it, then closes the month
      expect(status).toBe('committed')
      expect(await countOf(id)).toBe(ROWS)
    } else {
      expect(status).toBe('failed')
      expect(await countOf(id)).toBe(0)
    }
    expect(await verifyRollups(b.payload)).toEqual([])
  })
})
