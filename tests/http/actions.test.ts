/**
 * The workflow's buttons over REST: the actions a record offers each role,
 * and bulk submit / approve / return that say per record what was refused
 * and why (in the caller's language), leaving the other records done.
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import type { Activity } from '../../src/payload-types'
import { MAX_ACTION_IDS } from '../../src/workflow/actions'
import { type Booted, bootPayload } from '../helpers/boot'
import { file, lobbyPhoto } from '../helpers/files'
import { auth, login, startServer } from '../helpers/http'
import { activityData, buildWorld, type World } from '../helpers/world'

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

let seed = 700
const filed = async (who: string, branch: string, extra: Partial<Activity> = {}) => {
  const photo = await b.payload.create({ collection: 'media', data: { alt: '街面宣传' }, file: file(await lobbyPhoto(seed++), 'p.jpg', 'image/jpeg'), overrideAccess: false, user: w.users[who] })
  return b.payload.create({ collection: 'activities', data: activityData(w, branch, { date: noonInShanghai('2026-10-20'), photos: [photo.id], ...extra }), overrideAccess: false, user: w.users[who] })
}
const act = (who: string, body: unknown, lang = 'zh') => request(server).post('/api/activities/workflow').set(auth(tokens[who]!)).set('Accept-Language', lang).send(body as object)
const actionsOf = (who: string, id: number | string) => request(server).get(`/api/activities/${id}/actions`).set(auth(tokens[who]!))
const statusOf = async (id: number | string) => (await b.payload.findByID({ collection: 'activities', depth: 0, id })).status

describe('actions a record offers', () => {
  it('follow the status and the role, and are nothing for a record the user may not change', async () => {
    const a = await filed('staffA1O1', 'A1-O1')
    expect((await actionsOf('staffA1O1', a.id)).body).toMatchObject({ actions: ['submit'], status: 'draft' })
    expect((await actionsOf('compliance', a.id)).body.actions).toEqual([])
    await act('staffA1O1', { action: 'submit', ids: [a.id] })
    expect((await actionsOf('staffA1O1', a.id)).body.actions).toEqual(['withdraw'])
    expect((await actionsOf('compliance', a.id)).body.actions.sort()).toEqual(['approve', 'return'])
    // the manager reviews only when compliance allows it (it does not here); they may still withdraw for their outlet
    expect((await actionsOf('managerA1', a.id)).body.actions).toEqual(['withdraw'])
    // another branch: the record does not exist for them
    const foreign = await actionsOf('staffB1O1', a.id)
    expect(foreign.status).toBe(404)
    expect(foreign.body.errors[0].message).toBeTruthy()
    expect((await request(server).get(`/api/activities/${a.id}/actions`)).status).toBe(401)
  })
})

describe('bulk actions', () => {
  it('submit what may be submitted and say per record why the rest was refused', async () => {
    const good = await filed('staffA1O1', 'A1-O1', { title: '可以提交' })
    const noPhoto = await b.payload.create({ collection: 'activities', data: activityData(w, 'A1-O1', { date: noonInShanghai('2026-10-21'), title: '没有照片' }), overrideAccess: false, user: w.users.staffA1O1 })
    const foreign = w.activities['B1-O1']!
    const res = await act('staffA1O1', { action: 'submit', ids: [good.id, noPhoto.id, foreign.id, 987_654] })
    expect(res.status).toBe(200)
    expect(res.body, JSON.stringify(res.body)).toMatchObject({ action: 'submit', done: 1, refused: 3 })
    const byId = new Map(res.body.results.map((r: { id: number | string }) => [String(r.id), r]))
    expect(byId.get(String(good.id))).toMatchObject({ ok: true, status: 'submitted', title: '可以提交' })
    expect(byId.get(String(noPhoto.id))).toMatchObject({ ok: false })
    expect((byId.get(String(noPhoto.id)) as { message: string }).message).toContain('提交前须至少上传一张活动照片')
    // another branch's record and one that does not exist read the same
    const [f, ghost] = [byId.get(String(foreign.id)) as { message: string; ok: boolean }, byId.get("987654") as { message: string; ok: boolean }]
    expect(f.ok).toBe(false)
    expect(f.message).toBe(ghost.message)
    expect(await statusOf(good.id)).toBe('submitted')
    expect(await statusOf(noPhoto.id)).toBe('draft')
    expect(await statusOf(foreign.id)).toBe('draft')
  })

  it('approve and return are head office’s: staff are refused per record with the reason, in English when asked', async () => {
    const a = await filed('staffA1O1', 'A1-O1')
    await act('staffA1O1', { action: 'submit', ids: [a.id] })
    const res = await act('staffA1O1', { action: 'approve', ids: [a.id] }, 'en')
    expect(res.body.results[0]).toMatchObject({ ok: false })
    expect(res.body.results[0].message).toMatch(/head-office compliance/)
    expect(await statusOf(a.id)).toBe('submitted')
  })

  it('compliance approves many and returns with a reason that reaches each record and its history', async () => {
    const filers = ['staffA1O1', 'staffB1O1', 'staffA1O1'] as const
    const records = [await filed(filers[0], 'A1-O1'), await filed(filers[1], 'B1-O1'), await filed(filers[2], 'A1-O1')]
    for (const [i, r] of records.entries()) expect((await act(filers[i]!, { action: 'submit', ids: [r.id] })).body.done).toBe(1)
    const approve = await act('compliance', { action: 'approve', ids: records.slice(0, 2).map((r) => r.id) })
    expect(approve.body).toMatchObject({ done: 2, refused: 0 })

    const noReason = await act('compliance', { action: 'return', ids: [records[2]!.id] })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toContain('请填写退回原因')
    expect(await statusOf(records[2]!.id)).toBe('submitted')

    const back = await act('compliance', { action: 'return', ids: [records[2]!.id, records[0]!.id], reason: '照片与活动不符' })
    expect(back.body).toMatchObject({ done: 2, refused: 0 })
    const returned = await b.payload.findByID({ collection: 'activities', depth: 0, id: records[2]!.id })
    expect(returned).toMatchObject({ returnReason: '照片与活动不符', status: 'returned' })
    expect(returned.history?.at(-1)).toMatchObject({ by: w.users.compliance!.id, from: 'submitted', reason: '照片与活动不符', to: 'returned' })
    const page = await actionsOf('staffA1O1', records[2]!.id)
    // a returned record is edited as it is and submitted again: nothing to withdraw
    expect(page.body).toMatchObject({ actions: ['submit'], lastReturn: { by: w.users.compliance!.id, reason: '照片与活动不符' }, status: 'returned' })
  })

  it('refuses a malformed request as a whole, saying what it expects', async () => {
    for (const body of [{}, { action: 'publish', ids: [1] }, { action: 'submit', ids: [] }, { action: 'submit', ids: ['x; drop'] }, { action: 'submit', ids: Array.from({ length: MAX_ACTION_IDS + 1 }, (_, i) => i + 1) }]) {
      const res = await act('staffA1O1', body)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toContain(`1 至 ${MAX_ACTION_IDS} 条记录`)
    }
    expect((await request(server).post('/api/activities/workflow').send({ action: 'submit', ids: [1] })).status).toBe(401)
  })
})

describe('bulk actions offered', () => {
  it('are the role’s', async () => {
    const offered = async (who: string) => (await request(server).get('/api/activities/workflow').set(auth(tokens[who]!))).body.actions
    expect(await offered('staffA1O1')).toEqual(['submit', 'withdraw'])
    // managers review the records below them wherever a campaign's review level says so
    expect(await offered('managerA1')).toEqual(['submit', 'withdraw', 'approve', 'return'])
    expect(await offered('compliance')).toEqual(['approve', 'return'])
    expect(await offered('editor')).toEqual([])
  })
})
