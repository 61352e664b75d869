/**
 * Evidence files survive every refusal (issue 23). Payload's update deletes
 * a document's old file and sizes, and writes the new ones, before the
 * document hooks run: a refusal there answered 403 with the row unchanged,
 * while the evidence was gone from disk and the new file lay orphaned. Each
 * test compares the stored bytes (a hash of every file in the media folder:
 * the photo and each size) before and after the request.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../../src/domain/dates'
import { type Booted, bootPayload } from '../../helpers/boot'
import { lobbyPhoto, png } from '../../helpers/files'
import { auth, login, startServer } from '../../helpers/http'
import { activityData, buildWorld, type World } from '../../helpers/world'

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

/** Every stored file, by name, with the hash of its bytes. */
const stored = (): Record<string, string> => {
  const dir = process.env.MEDIA_DIR!
  if (!existsSync(dir)) return {}
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, createHash('sha256').update(readFileSync(path.join(dir, e.name))).digest('hex')]),
  )
}

const uploadAs = async (who: string, seed: number, extra: object = {}) => {
  const res = await request(server)
    .post('/api/media')
    .set(auth(tokens[who]!))
    .attach('file', await lobbyPhoto(seed), { contentType: 'image/jpeg', filename: `photo-${seed}.jpg` })
    .field('_payload', JSON.stringify({ alt: `照片 ${seed}`, ...extra }))
  return res
}

const evidenceOf = async (status: 'submitted' | 'approved', seed: number) => {
  const up = await uploadAs('staffA1O1', seed)
  expect(up.status, JSON.stringify(up.body)).toBe(201)
  const rec = await request(server)
    .post('/api/activities')
    .set(auth(tokens.staffA1O1!))
    .send(activityData(w, 'A1-O1', { date: noonInShanghai('2026-10-16'), leaflets: [{ material: w.materials[0]!.id, quantity: 10 }], photos: [up.body.doc.id], type: 'lobby' }))
  expect(rec.status, JSON.stringify(rec.body)).toBe(201)
  const sub = await request(server).post('/api/activities/workflow').set(auth(tokens.staffA1O1!)).send({ action: 'submit', ids: [rec.body.doc.id] })
  expect(sub.body.results[0].ok, JSON.stringify(sub.body)).toBe(true)
  if (status === 'approved') {
    const ok = await request(server).post('/api/activities/workflow').set(auth(tokens.compliance!)).send({ action: 'approve', ids: [rec.body.doc.id] })
    expect(ok.body.results[0].ok, JSON.stringify(ok.body)).toBe(true)
  }
  return { media: up.body.doc as { filename: string; id: number | string; sizes: Record<string, { filename: string }> }, record: rec.body.doc.id as number | string }
}

const refusedWithoutTouching = async (send: () => Promise<request.Response>, media: { filename: string; id: number | string }) => {
  const before = stored()
  const res = await send()
  expect(res.status, JSON.stringify(res.body)).toBe(403)
  expect(res.body.errors[0].message).toContain('佐证')
  expect(stored()).toEqual(before)
  const file = await request(server).get(`/api/media/file/${media.filename}`).set(auth(tokens.staffA1O1!))
  expect(file.status).toBe(200)
  const row = await b.payload.findByID({ collection: 'media', depth: 0, id: media.id })
  expect(row.filename).toBe(media.filename)
}

describe('evidence files survive every refused request', () => {
  it('a new file, a crop, a focal point, a bulk replace or a delete of a submitted record’s photo: 403, every stored byte unchanged', async () => {
    const { media } = await evidenceOf('submitted', 3101)
    expect(Object.keys(media.sizes).length).toBeGreaterThan(0)
    for (const s of Object.values(media.sizes)) expect(stored()[s.filename]).toBeTruthy()
    const replace = (who: string) => async () =>
      request(server).patch(`/api/media/${media.id}`).set(auth(tokens[who]!)).attach('file', await png(64, 48), { contentType: 'image/png', filename: 'swap.png' }).field('_payload', JSON.stringify({}))
    await refusedWithoutTouching(replace('staffA1O1'), media)
    await refusedWithoutTouching(replace('managerA1'), media)
    await refusedWithoutTouching(
      () => request(server).patch(`/api/media/${media.id}?uploadEdits[crop][x]=10&uploadEdits[crop][y]=10&uploadEdits[crop][width]=50&uploadEdits[crop][height]=50&uploadEdits[crop][unit]=%25`).set(auth(tokens.staffA1O1!)).send({}),
      media,
    )
    await refusedWithoutTouching(() => request(server).patch(`/api/media/${media.id}`).set(auth(tokens.staffA1O1!)).send({ focalX: 10, focalY: 90 }), media)
    await refusedWithoutTouching(
      async () =>
        request(server).patch(`/api/media?where[id][equals]=${media.id}`).set(auth(tokens.staffA1O1!)).attach('file', await png(64, 48), { contentType: 'image/png', filename: 'swap.png' }).field('_payload', JSON.stringify({})),
      media,
    )
    await refusedWithoutTouching(() => request(server).delete(`/api/media/${media.id}`).set(auth(tokens.staffA1O1!)), media)
    // the description may still be edited
    const alt = await request(server).patch(`/api/media/${media.id}`).set(auth(tokens.staffA1O1!)).send({ alt: '新说明' })
    expect(alt.status).toBe(200)
  })

  it('the same for an approved record’s photo, asked by the subtree’s manager', async () => {
    const { media } = await evidenceOf('approved', 3102)
    await refusedWithoutTouching(
      async () => request(server).patch(`/api/media/${media.id}`).set(auth(tokens.managerA1!)).attach('file', await png(64, 48), { contentType: 'image/png', filename: 'swap.png' }).field('_payload', JSON.stringify({})),
      media,
    )
    await refusedWithoutTouching(() => request(server).delete(`/api/media/${media.id}`).set(auth(tokens.managerA1!)), media)
  })
})

describe('a failed upload leaves no file behind, and a failed replacement keeps the old one', () => {
  it('a new upload that fails validation leaves nothing on disk', async () => {
    const before = stored()
    // `public` must be true or false (Payload writes a new document's files only once it has validated)
    const res = await uploadAs('editor', 3201, { public: 'yes' })
    expect(res.status).toBe(400)
    expect(stored()).toEqual(before)
  })
  it('a replacement that fails validation puts the old file and sizes back and leaves no new file', async () => {
    const up = await uploadAs('editor', 3202)
    expect(up.status).toBe(201)
    const before = stored()
    const res = await request(server)
      .patch(`/api/media/${up.body.doc.id}`)
      .set(auth(tokens.editor!))
      .attach('file', await png(80, 60), { contentType: 'image/png', filename: 'other.png' })
      .field('_payload', JSON.stringify({ public: 'yes' }))
    expect(res.status).toBe(400)
    expect(stored()).toEqual(before)
    expect((await request(server).get(`/api/media/file/${up.body.doc.filename}`).set(auth(tokens.editor!))).status).toBe(200)
  })
  it('a PNG with a valid signature and a broken header is a 400 that names the file, and leaves nothing', async () => {
    const before = stored()
    const good = await png(40, 40)
    const broken = Buffer.concat([good.subarray(0, 16), Buffer.alloc(64, 0xff)])
    const res = await request(server).post('/api/media').set(auth(tokens.staffA1O1!)).attach('file', broken, { contentType: 'image/png', filename: 'broken.png' }).field('_payload', '{}')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('broken.png')
    expect(stored()).toEqual(before)
  })
})
