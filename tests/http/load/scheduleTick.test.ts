/**
 * Issue 24, try 1: twelve large photos uploaded at once while the minute's
 * jobs schedule writes its stats. It used to answer 2 × 201, 10 × 500 and
 * then 500 to every write, sign-in included, until restart: the schedule's
 * stats write ran outside the write turns and was refused SQLite's lock, and
 * the failed statement left the shared connection on a stale snapshot
 * (SQLITE_BUSY_SNAPSHOT; src/sqlite/connections.ts, src/sqlite/looseWrites.ts).
 */
import path from 'node:path'
import type { Server } from 'node:http'

import request from 'supertest'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { QUEUES } from '../../../src/jobs'
import { noonInShanghai } from '../../../src/domain/dates'
import { type Booted, bootPayload } from '../../helpers/boot'
import { engineName } from '../../helpers/engine'
import { mediaFilesAgree, scheduleTick, statusCounts, whileAWriteIsOpen } from '../../helpers/load'
import { auth, login, startServer } from '../../helpers/http'
import { activityData, buildWorld, PASSWORD, type World } from '../../helpers/world'

let b: Booted
let w: World
let server: Server
let token: string

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  server = startServer(b.config)
  token = await login(server, w.users.staffA1O1!.email)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

describe(`uploads in flight when the jobs schedule writes (${engineName})`, () => {
  it('answers every upload, and every write after it works: sign-in, a save, the next tick', { timeout: 180_000 }, async () => {
    // the picture: 7,740 × 7,740, a small file that decodes to 60 million pixels
    const big = await sharp({ create: { background: { b: 0, g: 0, r: 255 }, channels: 3, height: 7740, width: 7740 } }).png({ palette: true }).toBuffer()
    // the schedule's tasks are due (a fresh installation): the tick queues their jobs, an INSERT … RETURNING —
    // the statement whose refusal wedged the connection
    await b.payload.delete({ collection: 'payload-jobs', where: {} })
    await b.payload.updateGlobal({ data: { stats: {} } as never, slug: 'payload-jobs-stats' as never })
    const uploads = Array.from({ length: 12 }, (_, i) =>
      request(server).post('/api/media').set(auth(token)).attach('file', big, { contentType: 'image/png', filename: `lobby-${i}.png` }).field('_payload', JSON.stringify({ alt: `大堂 ${i}` })),
    )
    // the schedule fires while an upload's transaction is open
    const tickErrors: string[] = []
    const ticks = whileAWriteIsOpen(b.payload)
      .then(() => scheduleTick(b.payload, QUEUES))
      .catch((e: Error) => tickErrors.push(e.message.split('\n')[0]!))
    const [answers] = await Promise.all([Promise.all(uploads), ticks])
    const statuses = answers.map((r) => r.status)
    // every upload is taken, or refused as busy in words — never a bare 500
    expect(statuses.filter((s) => s !== 201 && s !== 503), JSON.stringify(statusCounts(statuses))).toEqual([])
    for (const r of answers.filter((a) => a.status === 503)) expect(r.body.errors[0].message).toMatch(/繁忙|busy/i)

    // the schedule's writes waited their turn instead of failing
    expect(tickErrors).toEqual([])
    const stats = (await b.payload.findGlobal({ slug: 'payload-jobs-stats' as never })) as { stats?: { scheduledRuns?: unknown } }
    expect(stats.stats?.scheduledRuns).toBeTruthy()

    // and the server goes on: sign-in, a save, another tick
    const again = await request(server).post('/api/users/login').send({ email: w.users.staffA1O1!.email, password: PASSWORD })
    expect(again.status).toBe(200)
    const save = await request(server)
      .post('/api/activities')
      .set(auth(token))
      .send(activityData(w, 'A1-O1', { date: noonInShanghai('2026-10-16') }))
    expect(save.status, JSON.stringify(save.body)).toBe(201)
    await scheduleTick(b.payload, QUEUES)

    // nothing half-written: each stored photo has its files, and no file is without its photo
    expect(await mediaFilesAgree(b.payload, path.join(b.dir, 'media'))).toEqual({ missing: [], orphans: [] })
  })
})
