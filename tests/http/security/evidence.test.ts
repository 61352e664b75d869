/**
 * Security findings about evidence and approved records, over REST as an
 * attacker with a valid low-privilege account would try them. Each test
 * failed on the code before its fix.
 *
 * 1. Borrowing another branch's photo as evidence.
 * 2. Swapping a photo's file after its record was approved, or while its month is closed.
 * 3. A manager editing or deleting an approved record; admin corrections without a reason.
 * 4. The content editor reading or changing branch evidence.
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../../src/domain/dates'
import type { Activity } from '../../../src/payload-types'
import { type Booted, bootPayload } from '../../helpers/boot'
import { file, lobbyPhoto, png } from '../../helpers/files'
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

const photoOf = async (user: string, seed: number) =>
  b.payload.create({ collection: 'media', data: { alt: `照片 ${seed}` }, file: file(await lobbyPhoto(seed), `p-${seed}.jpg`, 'image/jpeg'), overrideAccess: false, user: w.users[user] })
const record = (branch: string, extra: Partial<Activity> = {}) =>
  b.payload.create({ collection: 'activities', data: activityData(w, branch, { date: noonInShanghai('2026-10-14'), type: 'street', ...extra }) })
const replaceFile = (who: string, id: number | string, data: Buffer) =>
  request(server).patch(`/api/media/${id}`).set(auth(tokens[who]!)).attach('file', data, { contentType: 'image/png', filename: 'swap.png' }).field('_payload', JSON.stringify({}))

describe('1. evidence belongs to its record’s branch', () => {
  it('refuses another branch’s photo (and an id that does not exist) with the same words, writing nothing and touching no other record', async () => {
    const theirs = await photoOf('staffA1O1', 501)
    const owner = await record('A1-O1', { photos: [theirs.id], title: 'A 网点的活动' })
    const before = (await b.payload.count({ collection: 'activities' })).totalDocs
    const borrow = await request(server).post('/api/activities').set(auth(tokens.staffB1O1!)).send(activityData(w, 'B1-O1', { photos: [theirs.id] }))
    expect(borrow.status).toBe(403)
    expect(borrow.body.errors[0].message).toContain(`照片 ${theirs.id} 不能作为本记录的佐证`)
    const ghost = await request(server).post('/api/activities').set(auth(tokens.staffB1O1!)).send(activityData(w, 'B1-O1', { photos: [999_999] }))
    expect(ghost.status).toBe(403)
    expect(ghost.body.errors[0].message.replace('999999', 'X')).toBe(borrow.body.errors[0].message.replace(String(theirs.id), 'X'))
    expect((await b.payload.count({ collection: 'activities' })).totalDocs).toBe(before)
    const untouched = await b.payload.findByID({ collection: 'activities', id: owner.id })
    expect(untouched.updatedAt).toBe(owner.updatedAt)
    expect(untouched.flags ?? []).not.toContain('duplicate-photo')

    // nor by editing an existing record of one's own
    const mine = await b.payload.create({ collection: 'activities', data: activityData(w, 'B1-O1', { title: 'B 网点的活动' }), overrideAccess: false, user: w.users.staffB1O1 })
    const edit = await request(server).patch(`/api/activities/${mine.id}`).set(auth(tokens.staffB1O1!)).send({ photos: [theirs.id] })
    expect(edit.status).toBe(403)
    // a photo of one's own branch is fine, and so is a shared file without a branch
    const own = await photoOf('staffB1O1', 502)
    expect((await request(server).patch(`/api/activities/${mine.id}`).set(auth(tokens.staffB1O1!)).send({ photos: [own.id] })).status).toBe(200)
  })
})

describe('2. evidence is fixed once it counts', () => {
  it('a photo of an approved record, or of a record in a closed month, is neither replaced nor deleted except by admin', async () => {
    const pic = await photoOf('staffA1O1', 601)
    const rec = await record('A1-O1', { photos: [pic.id], status: 'approved', title: '已审核的活动' })
    const swap = await replaceFile('staffA1O1', pic.id, await png(40, 40))
    expect(swap.status).toBe(403)
    expect(swap.body.errors[0].message).toContain(`#${rec.id}`)
    expect((await request(server).delete(`/api/media/${pic.id}`).set(auth(tokens.staffA1O1!))).status).toBe(403)
    const unchanged = await b.payload.findByID({ collection: 'media', id: pic.id })
    expect(unchanged.phash).toBe(pic.phash)

    // a draft in a closed month: 423 with the month, who closed it and when
    const pic2 = await photoOf('staffA1O1', 602)
    await record('A1-O1', { date: noonInShanghai('2026-10-21'), photos: [pic2.id], title: '锁定月份的草稿' })
    const lock = await b.payload.create({ collection: 'month-locks', data: { campaign: w.campaign.id, month: '2026-10' }, overrideAccess: false, user: w.users.compliance })
    try {
      const locked = await replaceFile('staffA1O1', pic2.id, await png(40, 40))
      expect(locked.status).toBe(423)
      expect(locked.body.errors[0].message).toContain('2026-10')
    } finally {
      await b.payload.update({ collection: 'month-locks', data: { status: 'reopened' }, id: lock.id })
    }
    // admin may correct
    expect((await replaceFile('admin', pic.id, await png(48, 48))).status).toBe(200)
  })
})

describe('3. approved means approved', () => {
  it('a manager neither edits nor deletes an approved record; compliance returns it; admin corrects it with a reason, in the history', async () => {
    const rec = await record('A1-O1', { reach: [{ audience: 'elderly', channel: 'offline', count: 30 }], status: 'approved', title: '审核通过的讲座' })
    const edit = await request(server).patch(`/api/activities/${rec.id}`).set(auth(tokens.managerA1!)).send({ reach: [{ audience: 'elderly', channel: 'offline', count: 3000 }], title: '改过' })
    expect(edit.status).toBe(403)
    expect(edit.body.errors[0].message).toContain('已审核的记录不能修改或删除')
    expect((await request(server).delete(`/api/activities/${rec.id}`).set(auth(tokens.managerA1!))).status).toBe(403)
    const still = await b.payload.findByID({ collection: 'activities', id: rec.id })
    expect([still.title, still.reach?.[0]?.count, still.status]).toEqual(['审核通过的讲座', 30, 'approved'])

    const noReason = await request(server).patch(`/api/activities/${rec.id}`).set(auth(tokens.admin!)).send({ title: '管理员更正' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toContain('更正原因')
    const fixed = await request(server).patch(`/api/activities/${rec.id}`).set(auth(tokens.admin!)).send({ correctionReason: '标题录入错误', title: '管理员更正' })
    expect(fixed.status).toBe(200)
    expect(fixed.body.doc.history.at(-1)).toMatchObject({ from: 'approved', to: 'approved' })
    expect(fixed.body.doc.history.at(-1).reason).toContain('标题录入错误')

    const returned = await request(server).patch(`/api/activities/${rec.id}`).set(auth(tokens.compliance!)).send({ returnReason: '人数需核实', status: 'returned' })
    expect(returned.status).toBe(200)
  })
})

describe('4. editors work on materials only', () => {
  it('cannot read, list, download or change evidence; still manage material files', async () => {
    const pic = await photoOf('staffA1O1', 701)
    expect((await request(server).get(`/api/media/${pic.id}`).set(auth(tokens.editor!))).status).toBe(404)
    const list = await request(server).get('/api/media?limit=100').set(auth(tokens.editor!))
    expect(list.body.docs.map((d: { id: number | string }) => d.id)).not.toContain(pic.id)
    expect((await request(server).get(`/api/media/file/${pic.filename}`).set(auth(tokens.editor!))).status).toBeGreaterThanOrEqual(403)
    expect([403, 404]).toContain((await replaceFile('editor', pic.id, await png(40, 40))).status)
    expect([403, 404]).toContain((await request(server).delete(`/api/media/${pic.id}`).set(auth(tokens.editor!))).status)
    const material = await b.payload.create({ collection: 'media', data: { alt: '折页封面' }, file: file(await png(), 'cover.png', 'image/png'), overrideAccess: false, user: w.users.editor })
    expect((await request(server).patch(`/api/media/${material.id}`).set(auth(tokens.editor!)).send({ alt: '新封面' })).status).toBe(200)
  })
})
