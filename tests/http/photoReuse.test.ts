/**
 * Issue 23's steps exactly, over REST as staff would take them: three lobby
 * records, one new photo attached to A, then to B. B is flagged as a
 * duplicate and A keeps every figure (the duplicate re-check used to rewrite
 * A through the adapter and empty its leaflets and reach). Then the photo
 * moves on to C, leaves B, and leaves everything: the figures of all three
 * stay what staff typed, on the engine this run uses.
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import { type Booted, bootPayload } from '../helpers/boot'
import { engineName } from '../helpers/engine'
import { lobbyPhoto } from '../helpers/files'
import { auth, login, startServer } from '../helpers/http'
import { buildWorld, type World } from '../helpers/world'

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

const get = async (id: number | string) => {
  const res = await request(server).get(`/api/activities/${id}?depth=0`).set(auth(token))
  expect(res.status).toBe(200)
  return res.body as { flags?: string[]; history?: unknown[]; leaflets: Array<{ material: unknown; quantity: number }>; photos?: unknown[]; reach: Array<{ count: number }> }
}
const patch = async (id: number | string, body: object) => {
  const res = await request(server).patch(`/api/activities/${id}`).set(auth(token)).send(body)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}
const figures = (d: Awaited<ReturnType<typeof get>>) => ({ leaflets: d.leaflets.map((l) => [l.material, l.quantity]), reach: d.reach.map((r) => r.count) })

describe(`a photo reused on several records (${engineName})`, () => {
  it('flags the records that share it and keeps every record’s leaflets and reach', async () => {
    const ids: Array<number | string> = []
    for (const name of ['A', 'B', 'C']) {
      const res = await request(server)
        .post('/api/activities')
        .set(auth(token))
        .send({
          branch: w.branches['A1-O1']!.id,
          campaign: w.campaign.id,
          date: noonInShanghai('2026-10-15'),
          leaflets: [{ material: w.materials[0]!.id, quantity: 50 }],
          reach: [{ audience: 'public', channel: 'offline', count: 40 }],
          title: `厅堂宣传 ${name}`,
          type: 'lobby',
        })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      ids.push(res.body.doc.id)
    }
    const [a, bb, c] = ids as [number | string, number | string, number | string]
    const typed = { leaflets: [[w.materials[0]!.id, 50]], reach: [40] }

    const up = await request(server).post('/api/media').set(auth(token)).attach('file', await lobbyPhoto(2301), { contentType: 'image/jpeg', filename: 'event.jpg' }).field('_payload', JSON.stringify({ alt: '活动现场' }))
    expect(up.status, JSON.stringify(up.body)).toBe(201)
    const p = up.body.doc.id

    await patch(a, { photos: [p] })
    expect(figures(await get(a))).toEqual(typed)

    await patch(bb, { photos: [p] })
    const [ra, rb] = [await get(a), await get(bb)]
    expect(rb.flags).toContain('duplicate-photo')
    expect(ra.flags).toContain('duplicate-photo')
    expect(figures(ra)).toEqual(typed)
    expect(figures(rb)).toEqual(typed)
    expect(ra.photos).toEqual([p])

    // the photo moves from B to C, then leaves C: the flags follow, the figures never move
    await patch(c, { photos: [p] })
    await patch(bb, { photos: [] })
    await patch(c, { photos: [] })
    for (const id of ids) expect(figures(await get(id)), String(id)).toEqual(typed)
    expect((await get(a)).flags ?? []).not.toContain('duplicate-photo')
    expect((await get(bb)).flags ?? []).not.toContain('duplicate-photo')

    // submitted and approved, the rollup counts all three in full
    const submit = await request(server).post('/api/activities/workflow').set(auth(token)).send({ action: 'submit', ids })
    expect(submit.status, JSON.stringify(submit.body)).toBe(200)
    const reviewer = await login(server, w.users.compliance!.email)
    const approve = await request(server).post('/api/activities/workflow').set(auth(reviewer)).send({ action: 'approve', ids })
    expect(approve.status, JSON.stringify(approve.body)).toBe(200)
    expect(approve.body.results.filter((r: { ok: boolean }) => !r.ok)).toEqual([])
    for (const id of ids) expect(figures(await get(id)), String(id)).toEqual(typed)
    const sums = await b.payload.find({ collection: 'rollups', depth: 0, limit: 0, pagination: false, where: { branch: { equals: w.branches['A1-O1']!.id } } })
    expect(sums.docs.reduce((s, r) => s + Number(r.leaflets ?? 0), 0)).toBe(150)
    expect(sums.docs.reduce((s, r) => s + Number(r.people ?? 0), 0)).toBe(120)
  })
})
