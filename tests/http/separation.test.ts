/**
 * Separation of duties over REST (issue 23): whoever filed a record,
 * submitted it, or last changed its figures never approves it — through a
 * single action, bulk review, or the buttons the record's page offers — and
 * whoever submitted a node's monthly return (a manager above acting for a
 * node without one included) does not accept it. Each refusal says who must
 * review instead, in zh and en.
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import type { Campaign } from '../../src/payload-types'
import { type Booted, bootPayload } from '../helpers/boot'
import { engineName } from '../helpers/engine'
import { auth, login, startServer } from '../helpers/http'
import { row, xlsx } from '../helpers/sheets'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let server: Server
let month: Campaign
const tokens: Record<string, string> = {}

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  // reviewed one level up: an outlet's records by its sub-branch's managers
  month = await b.payload.create({
    collection: 'campaigns',
    data: { endDate: noonInShanghai('2026-10-31'), participatingBranches: [w.branches.A!.id, w.branches.B!.id], reviewLevel: 'supervising', slug: 'duties', startDate: noonInShanghai('2026-10-01'), status: 'running', title: '职责分离测试' },
  })
  server = startServer(b.config)
  for (const [key, u] of Object.entries(w.users)) tokens[key] = await login(server, u.email)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const file = async (who: string) => {
  const res = await request(server)
    .post('/api/activities')
    .set(auth(tokens[who]!))
    .send({ ...activityData(w, 'A1-O1', { type: 'lobby' }), campaign: month.id, leaflets: [{ material: w.materials[0]!.id, quantity: 30 }] })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number | string
}
const action = (who: string, act: string, ids: Array<number | string>, lang = 'zh') =>
  request(server).post('/api/activities/workflow').set(auth(tokens[who]!)).set('Accept-Language', lang).send({ action: act, ids, reason: act === 'return' ? '请补充' : undefined })
const offered = async (who: string, id: number | string) => (await request(server).get(`/api/activities/${id}/actions`).set(auth(tokens[who]!))).body.actions as string[]
const statusOf = async (id: number | string) => (await b.payload.findByID({ collection: 'activities', depth: 0, id })).status

describe(`separation of duties (${engineName})`, () => {
  it('the reviewer approves what others filed and submitted', async () => {
    const id = await file('staffA1O1')
    expect((await action('staffA1O1', 'submit', [id])).body.results[0].ok).toBe(true)
    expect(await offered('managerA1', id)).toContain('approve')
    const ok = await action('managerA1', 'approve', [id])
    expect(ok.body.results[0], JSON.stringify(ok.body)).toMatchObject({ ok: true, status: 'approved' })
  })

  it('a manager who submitted a record does not approve it: not offered, refused alone and in bulk, in zh and en', async () => {
    const id = await file('staffA1O1')
    expect((await action('managerA1', 'submit', [id])).body.results[0].ok).toBe(true)
    expect(await offered('managerA1', id)).not.toContain('approve')
    const zh = await action('managerA1', 'approve', [id])
    expect(zh.body.results[0].ok).toBe(false)
    expect(zh.body.results[0].message).toContain('您登记、提交或最近修改过该记录的数据')
    expect(zh.body.results[0].message).toContain('上级机构负责人')
    const en = await action('managerA1', 'approve', [id], 'en')
    expect(en.body.results[0].message).toContain('You filed, submitted or last changed the figures of this record')
    const bulk = await request(server).post('/api/activities/review').set(auth(tokens.managerA1!)).send({ action: 'approve', ids: [id] })
    expect(bulk.status).toBe(409)
    expect(bulk.body.refused[0].message).toContain('您登记、提交或最近修改过该记录的数据')
    // nor by saving the status on the record's page
    const patch = await request(server).patch(`/api/activities/${id}`).set(auth(tokens.managerA1!)).send({ status: 'approved' })
    expect(patch.status).toBe(403)
    expect(await statusOf(id)).toBe('submitted')
  })

  it('a manager who changed the figures of a submitted record does not approve it; another reviewer may', async () => {
    const id = await file('staffA1O1')
    expect((await action('staffA1O1', 'submit', [id])).body.results[0].ok).toBe(true)
    // a title is no figure
    expect((await request(server).patch(`/api/activities/${id}`).set(auth(tokens.managerA1!)).send({ title: '改了标题' })).status).toBe(200)
    expect(await offered('managerA1', id)).toContain('approve')
    const edit = await request(server).patch(`/api/activities/${id}`).set(auth(tokens.managerA1!)).send({ leaflets: [{ material: w.materials[0]!.id, quantity: 300 }] })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    expect(await offered('managerA1', id)).not.toContain('approve')
    const refused = await action('managerA1', 'approve', [id])
    expect(refused.body.results[0].ok).toBe(false)
    expect(await statusOf(id)).toBe('submitted')
    // the manager above did not touch it
    const ok = await action('managerA', 'approve', [id])
    expect(ok.body.results[0], JSON.stringify(ok.body)).toMatchObject({ ok: true })
  })

  it('whoever submitted a node’s month does not accept it, acting for a node without a manager included', async () => {
    // A2 has no manager of its own: the branch manager above files its return for it
    const act = (who: string, what: string, lang = 'zh') =>
      request(server).post('/api/monthly-returns/act').set(auth(tokens[who]!)).set('Accept-Language', lang).send({ action: what, branch: w.branches.A2!.id, campaign: month.id, month: '2026-10' })
    const sub = await act('managerA', 'submit')
    expect(sub.status, JSON.stringify(sub.body)).toBeLessThan(300)
    const zh = await act('managerA', 'accept')
    expect(zh.status).toBe(403)
    expect(zh.body.errors[0].message).toContain('本月报由您报送')
    expect(zh.body.errors[0].message).toContain('机构A')
    const en = await act('managerA', 'accept', 'en')
    expect(en.body.errors[0].message).toContain('You submitted this month')
    const ret = (await b.payload.find({ collection: 'monthly-returns', depth: 0, where: { branch: { equals: w.branches.A2!.id } } })).docs[0]!
    expect(ret.status).toBe('submitted')

    // the signed-off month is frozen for imports too: said per row in the dry run, and a commit writes nothing (no 500)
    const sheet = await xlsx([row('F-1', 'A2-O1', '2026-10-20'), row('F-2', 'A1-O1', '2026-10-20')])
    const before = (await b.payload.count({ collection: 'activities' })).totalDocs
    for (const commit of [false, true]) {
      const res = await request(server).post(`/api/activities/import?campaign=${month.id}${commit ? '&commit=true' : ''}`).set(auth(tokens.managerA!)).attach('file', sheet, 'late.xlsx')
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(500)
      expect(res.body.batch.status).toBe('has-errors')
      const problems = res.body.batch.problems as Array<{ message: string; row: number }>
      expect(problems.map((p) => p.row)).toEqual([2])
      expect(problems[0]!.message).toContain('2026-10')
      expect(problems[0]!.message).toContain('机构A2')
    }
    expect((await b.payload.count({ collection: 'activities' })).totalDocs).toBe(before)
  })
})
