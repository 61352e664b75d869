/**
 * Branch isolation over REST and GraphQL: for every collection and every role,
 * a record the user must not see is 403/404 by id, absent from lists, counts,
 * relation filters and versions; a record the user must not change is
 * refused for PATCH and DELETE, and is unchanged afterwards.
 */
import type { Server } from 'node:http'

import type { CollectionSlug } from 'payload'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../../helpers/boot'
import { file, png } from '../../helpers/files'
import { auth, login, startServer } from '../../helpers/http'
import { buildWorld, type World } from '../../helpers/world'

let b: Booted
let w: World
let server: Server
const tokens: Record<string, string> = {}
const mediaIds: Record<string, number | string> = {}

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  server = startServer(b.config)
  for (const [key, u] of Object.entries(w.users)) tokens[key] = await login(server, u.email)
  for (const [key, uploader] of [['A', 'staffA1O1'], ['B', 'staffB1O1'], ['shared', 'editor']] as const) {
    const doc = await b.payload.create({
      collection: 'media',
      data: { alt: key },
      file: file(await png(), `${key}.png`, 'image/png'),
      overrideAccess: false,
      user: w.users[uploader],
    })
    mediaIds[key] = doc.id
  }
  // a version history for every activity
  for (const a of Object.values(w.activities)) {
    await b.payload.update({ collection: 'activities', data: { location: '营业厅' }, id: a.id })
  }
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

type Target = { collection: CollectionSlug; id: () => number | string; patch: Record<string, unknown> }
const T = {
  activity: (outlet: string): Target => ({ collection: 'activities', id: () => w.activities[outlet]!.id, patch: { title: '被篡改' } }),
  branch: (code: string): Target => ({ collection: 'branches', id: () => w.branches[code]!.id, patch: { name: '被篡改' } }),
  campaign: (): Target => ({ collection: 'campaigns', id: () => w.campaign.id, patch: { title: '被篡改' } }),
  material: (): Target => ({ collection: 'materials', id: () => w.materials[0]!.id, patch: { title: '被篡改' } }),
  media: (key: string): Target => ({ collection: 'media', id: () => mediaIds[key]!, patch: { alt: '被篡改' } }),
  user: (key: string): Target => ({ collection: 'users', id: () => w.users[key]!.id, patch: { name: '被篡改' } }),
}

/** [role, what, may the role read it?] — every write below must be refused. */
const cases: Array<[role: string, target: Target, label: string, readable: boolean]> = [
  // a manager of A1 against branch B's records
  ['managerA1', T.activity('B1-O1'), 'activity of B1-O1', false],
  ['managerA1', T.branch('B1'), 'branch B1', false],
  ['managerA1', T.branch('A'), 'their own parent branch A', false],
  ['managerA1', T.user('staffB1O1'), 'user of B1-O1', false],
  ['managerA1', T.media('B'), 'evidence photo of B1-O1', false],
  ['managerA1', T.campaign(), 'the campaign', true],
  ['managerA1', T.material(), 'a material', true],
  // staff of A1-O1 against a sister outlet, the other branch and a colleague
  ['staffA1O1', T.activity('A1-O2'), 'activity of sister outlet A1-O2', false],
  ['staffA1O1', T.activity('B1-O1'), 'activity of B1-O1', false],
  ['staffA1O1', T.branch('A1'), 'their sub-branch A1', false],
  ['staffA1O1', T.branch('A1-O1'), 'their own outlet', true],
  ['staffA1O1', T.user('staffA1O1b'), 'a colleague in the same outlet', false],
  ['staffA1O1', T.user('managerA1'), 'their manager', false],
  ['staffA1O1', T.media('B'), 'evidence photo of B1-O1', false],
  ['staffA1O1', T.media('shared'), 'a shared cover image', true],
  ['staffA1O1', T.campaign(), 'the campaign', true],
  ['staffA1O1', T.material(), 'a material', true],
  // branch B against branch A
  ['managerB1', T.activity('A1-O1'), 'activity of A1-O1', false],
  ['managerB1', T.branch('A1-O1'), 'outlet A1-O1', false],
  ['managerB1', T.user('staffA1O1'), 'user of A1-O1', false],
  ['managerB1', T.media('A'), 'evidence photo of A1-O1', false],
  ['staffB1O1', T.activity('A1-O1'), 'activity of A1-O1', false],
  ['staffB1O1', T.user('managerA1'), 'manager of A1', false],
  ['staffB1O1', T.media('A'), 'evidence photo of A1-O1', false],
  // head-office roles: read, never rewrite what they do not own
  ['compliance', T.branch('A1'), 'a branch', true],
  ['compliance', T.user('staffA1O1'), 'a branch user', true],
  ['compliance', T.user('admin'), 'the administrator', true],
  ['compliance', T.material(), 'a material', true],
  ['compliance', T.media('A'), 'evidence photo', true],
  ['editor', T.activity('A1-O1'), 'an activity', false],
  ['editor', T.branch('A1'), 'a branch', true],
  ['editor', T.user('staffA1O1'), 'a branch user', false],
  ['editor', T.campaign(), 'the campaign', true],
  // nobody signed in: published materials and the files editors published are public, nothing else
  ...(['activity', 'branch', 'campaign', 'material', 'media', 'user'] as const).map(
    (kind): [string, Target, string, boolean] => [
      'anonymous',
      kind === 'activity' ? T.activity('A1-O1') : kind === 'branch' ? T.branch('A1') : kind === 'media' ? T.media('shared') : kind === 'user' ? T.user('staffA1O1') : kind === 'campaign' ? T.campaign() : T.material(),
      `a ${kind}`,
      kind === 'material' || kind === 'media',
    ],
  ),
  ['anonymous', T.media('A'), 'a branch’s evidence photo', false],
]

const headers = (role: string) => (role === 'anonymous' ? {} : auth(tokens[role]!))
const snapshot = async (t: Target) =>
  JSON.stringify(await b.payload.findByID({ collection: t.collection, depth: 0, id: t.id() }))

describe.each(cases)('%s → %s', (role, target, label, readable) => {
  it(`${readable ? 'reads' : 'cannot read'} ${label}; cannot change or delete it`, async () => {
    const path = `/api/${target.collection}/${target.id()}`
    const before = await snapshot(target)

    const get = await request(server).get(path).set(headers(role))
    if (readable) expect(get.status).toBe(200)
    else {
      expect([403, 404]).toContain(get.status)
      expect(JSON.stringify(get.body)).not.toContain(String((JSON.parse(before) as { updatedAt: string }).updatedAt))
    }

    const patch = await request(server).patch(path).set(headers(role)).send(target.patch)
    expect([403, 404]).toContain(patch.status)
    const del = await request(server).delete(path).set(headers(role))
    expect([403, 404]).toContain(del.status)
    expect(await snapshot(target)).toBe(before)
  })
})

describe('lists, counts, filters and versions leak nothing across branches', () => {
  const outletsOf = (docs: Array<{ branch: number | string | { id: number | string } }>) => {
    const byId = new Map(Object.entries(w.branches).map(([code, br]) => [br.id, code]))
    return [...new Set(docs.map((d) => byId.get(typeof d.branch === 'object' ? d.branch.id : d.branch)))].sort()
  }

  it('list and count', async () => {
    const list = await request(server).get('/api/activities?limit=100&depth=0').set(headers('managerA1'))
    expect(outletsOf(list.body.docs)).toEqual(['A1-O1', 'A1-O2'])
    const count = await request(server).get('/api/activities/count').set(headers('managerA1'))
    expect(count.body.totalDocs).toBe(2)
    const foreignCount = await request(server)
      .get(`/api/activities/count?where[branch][equals]=${w.branches['B1-O1']!.id}`)
      .set(headers('managerA1'))
    expect(foreignCount.body.totalDocs).toBe(0)
  })

  it('a where on a related field of another branch finds nothing', async () => {
    const res = await request(server).get('/api/activities?where[branch.code][equals]=B1-O1&depth=0').set(headers('managerA1'))
    expect(res.status).toBe(200)
    expect(res.body.docs).toEqual([])
    const users = await request(server).get('/api/users?where[branch.code][equals]=B1-O1').set(headers('managerA1'))
    expect(users.body.docs ?? []).toEqual([])
  })

  it('versions are scoped like the records', async () => {
    const res = await request(server).get('/api/activities/versions?limit=100&depth=0').set(headers('managerA1'))
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(0)
    expect(outletsOf(res.body.docs.map((d: { version: { branch: number } }) => d.version))).toEqual(['A1-O1', 'A1-O2'])
    const foreign = await b.payload.findVersions({ collection: 'activities', where: { parent: { equals: w.activities['B1-O1']!.id } } })
    const byId = await request(server).get(`/api/activities/versions/${foreign.docs[0]!.id}`).set(headers('managerA1'))
    expect([403, 404]).toContain(byId.status)
    const editor = await request(server).get('/api/activities/versions').set(headers('editor'))
    expect(editor.status).toBe(403)
  })

  it('GraphQL returns only the subtree, and nothing by id from another branch', async () => {
    const res = await request(server)
      .post('/api/graphql')
      .set(headers('managerA1'))
      .send({ query: '{ Activities(limit: 100) { docs { id branch { code } } } }' })
    expect(res.status).toBe(200)
    expect(res.body.data.Activities.docs.map((d: { branch: { code: string } }) => d.branch.code).sort()).toEqual(['A1-O1', 'A1-O2'])
    const one = await request(server)
      .post('/api/graphql')
      .set(headers('managerA1'))
      .send({ query: `{ Activity(id: ${w.activities['B1-O1']!.id}) { id title } }` })
    expect(one.body.data?.Activity ?? null).toBeNull()
    const anon = await request(server).post('/api/graphql').send({ query: '{ Users { docs { email } } }' })
    expect(anon.body.data?.Users ?? null).toBeNull()
    const mutate = await request(server)
      .post('/api/graphql')
      .set(headers('managerA1'))
      .send({ query: `mutation { updateActivity(id: ${w.activities['B1-O1']!.id}, data: { title: "x" }) { id } }` })
    expect(mutate.body.errors?.length).toBeGreaterThan(0)
  })
})

describe('creating and moving records across branches', () => {
  const body = (outlet: string) => ({
    branch: w.branches[outlet]!.id,
    campaign: w.campaign.id,
    date: '2026-10-10T04:00:00.000Z',
    title: '跨机构登记',
    type: 'street',
  })

  it('a create for another branch is 403 with the reason, and writes nothing', async () => {
    const before = (await b.payload.count({ collection: 'activities' })).totalDocs
    const res = await request(server).post('/api/activities').set(headers('managerA1')).send(body('B1-O1'))
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('您只能为本机构及下级机构登记活动，所选机构不在您的权限范围内。')
    const en = await request(server).post('/api/activities').set(headers('staffA1O1')).set('Accept-Language', 'en').send(body('A1-O2'))
    expect(en.status).toBe(403)
    expect(en.body.errors[0].message).toBe('You may only record activities for your own branch; the branch you chose is outside it.')
    expect((await b.payload.count({ collection: 'activities' })).totalDocs).toBe(before)
  })

  it('moving an own record to another branch is 403 and changes nothing', async () => {
    const id = w.activities['A1-O2']!.id
    const res = await request(server).patch(`/api/activities/${id}`).set(headers('managerA1')).send({ branch: w.branches['B1-O1']!.id })
    expect(res.status).toBe(403)
    const after = await b.payload.findByID({ collection: 'activities', depth: 0, id })
    expect(after.branch).toBe(w.branches['A1-O2']!.id)
  })

  it('createdBy cannot be forged', async () => {
    const res = await request(server)
      .post('/api/activities')
      .set(headers('staffA1O1'))
      .send({ ...body('A1-O1'), createdBy: w.users.admin!.id, status: 'draft' })
    expect(res.status).toBe(201)
    expect(res.body.doc.createdBy.id ?? res.body.doc.createdBy).toBe(w.users.staffA1O1!.id)
  })
})

describe('mass assignment on one’s own account', () => {
  it('a staff member PATCHing themselves with role or branch changes neither', async () => {
    const me = w.users.staffA1O1!
    const res = await request(server)
      .patch(`/api/users/${me.id}`)
      .set(headers('staffA1O1'))
      .send({ branch: w.branches.B!.id, name: '陈晓', role: 'admin' })
    expect(res.status).toBe(200)
    const after = await b.payload.findByID({ collection: 'users', depth: 0, id: me.id })
    expect(after.name).toBe('陈晓')
    expect(after.role).toBe('staff')
    expect(after.branch).toBe(w.branches['A1-O1']!.id)
    const self = await request(server).get('/api/users/me').set(headers('staffA1O1'))
    expect(self.body.user.role).toBe('staff')
  })

  it('a manager cannot promote someone in their own branch', async () => {
    const staff = w.users.staffA1O1b!
    const res = await request(server).patch(`/api/users/${staff.id}`).set(headers('managerA1')).send({ role: 'manager' })
    expect([403, 404]).toContain(res.status)
    expect((await b.payload.findByID({ collection: 'users', id: staff.id })).role).toBe('staff')
  })
})
