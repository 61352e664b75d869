import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { errorStatus } from '../helpers/expectError'
import { activityData, type AuthUser, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let payload: Payload
beforeAll(async () => {
  b = await bootPayload()
  payload = b.payload
  w = await buildWorld(payload)
})
afterAll(async () => b?.cleanup())

const as = (key: string): AuthUser => w.users[key]!
const codesSeen = async (collection: CollectionSlug, user: AuthUser, field: 'branch' | 'id' = 'branch') => {
  const res = await payload.find({ collection, depth: 0, limit: 0, overrideAccess: false, pagination: false, user })
  const byId = new Map(Object.entries(w.branches).map(([code, br]) => [br.id, code]))
  return res.docs
    .map((d) => byId.get((d as unknown as Record<string, number | string>)[field]!))
    .filter(Boolean)
    .sort()
}

describe('reading, per role', () => {
  it('branches: head office sees all; a manager their subtree; staff their outlet', async () => {
    expect(await codesSeen('branches', as('admin'), 'id')).toHaveLength(10)
    expect(await codesSeen('branches', as('compliance'), 'id')).toHaveLength(10)
    expect(await codesSeen('branches', as('editor'), 'id')).toHaveLength(10)
    expect(await codesSeen('branches', as('managerA1'), 'id')).toEqual(['A1', 'A1-O1', 'A1-O2'])
    expect(await codesSeen('branches', as('staffA1O1'), 'id')).toEqual(['A1-O1'])
  })

  it('activities: editor none; manager and staff only inside their subtree', async () => {
    expect(await codesSeen('activities', as('admin'))).toEqual(['A1-O1', 'A1-O2', 'A2-O1', 'B1-O1'])
    expect(await codesSeen('activities', as('compliance'))).toEqual(['A1-O1', 'A1-O2', 'A2-O1', 'B1-O1'])
    expect(await codesSeen('activities', as('managerA1'))).toEqual(['A1-O1', 'A1-O2'])
    expect(await codesSeen('activities', as('staffA1O1'))).toEqual(['A1-O1'])
    expect(await codesSeen('activities', as('managerB1'))).toEqual(['B1-O1'])
    expect(await errorStatus(() => payload.find({ collection: 'activities', overrideAccess: false, user: as('editor') }))).toBe(403)
  })

  it('users: head office all; manager own subtree; staff and editor only themselves', async () => {
    const emails = async (key: string) =>
      (await payload.find({ collection: 'users', limit: 0, overrideAccess: false, pagination: false, user: as(key) })).docs
        .map((u) => u.name)
        .sort()
    expect(await emails('compliance')).toHaveLength(9)
    expect(await emails('managerA1')).toEqual(['managerA1', 'staffA1O1', 'staffA1O1b'])
    expect(await emails('staffA1O1')).toEqual(['staffA1O1'])
    expect(await emails('editor')).toEqual(['editor'])
  })

  it('campaigns and materials: every role reads; anonymous callers only published materials', async () => {
    for (const key of Object.keys(w.users)) {
      const c = await payload.find({ collection: 'campaigns', overrideAccess: false, user: as(key) })
      expect(c.totalDocs, key).toBe(1)
      const m = await payload.find({ collection: 'materials', overrideAccess: false, user: as(key) })
      expect(m.totalDocs, key).toBe(2)
    }
    for (const collection of ['campaigns', 'branches', 'users', 'activities'] as const) {
      expect(await errorStatus(() => payload.find({ collection, overrideAccess: false })), collection).toBe(403)
    }
    expect((await payload.find({ collection: 'materials', overrideAccess: false })).totalDocs).toBe(2)
    expect((await payload.find({ collection: 'media', overrideAccess: false })).totalDocs).toBe(0)
  })
})

describe('writing activities, per role', () => {
  it('staff create in their own outlet only; managers anywhere in their subtree', async () => {
    const mine = await payload.create({ collection: 'activities', data: activityData(w, 'A1-O1'), depth: 0, overrideAccess: false, user: as('staffA1O1') })
    expect(mine.createdBy).toBe(as('staffA1O1').id)
    expect(await errorStatus(() => payload.create({ collection: 'activities', data: activityData(w, 'A1-O2'), overrideAccess: false, user: as('staffA1O1') }))).toBe(403)
    expect(await errorStatus(() => payload.create({ collection: 'activities', data: activityData(w, 'B1-O1'), overrideAccess: false, user: as('managerA1') }))).toBe(403)
    const managed = await payload.create({ collection: 'activities', data: activityData(w, 'A1-O2'), depth: 0, overrideAccess: false, user: as('managerA1') })
    expect(managed.branch).toBe(w.branches['A1-O2']!.id)
    for (const key of ['compliance', 'editor']) {
      expect(await errorStatus(() => payload.create({ collection: 'activities', data: activityData(w, 'A1-O1'), overrideAccess: false, user: as(key) })), key).toBe(403)
    }
  })

  it('moving a record out of the subtree is refused and changes nothing', async () => {
    const id = w.activities['A1-O2']!.id
    expect(await errorStatus(() => payload.update({ collection: 'activities', data: { branch: w.branches['B1-O1']!.id }, id, overrideAccess: false, user: as('managerA1') }))).toBe(403)
    const after = await payload.findByID({ collection: 'activities', depth: 0, id })
    expect(after.branch).toBe(w.branches['A1-O2']!.id)
  })

  it('staff update their own drafts only, and cannot approve them', async () => {
    const own = w.activities['A1-O1']!
    const done = await payload.update({ collection: 'activities', data: { title: '改过的标题' }, id: own.id, overrideAccess: false, user: as('staffA1O1') })
    expect(done.title).toBe('改过的标题')
    // a colleague's record in the same outlet: hidden from this user's update
    expect(await errorStatus(() => payload.update({ collection: 'activities', data: { title: 'x' }, id: own.id, overrideAccess: false, user: as('staffA1O1b') }))).toBe(403)
    expect(await errorStatus(() => payload.update({ collection: 'activities', data: { status: 'approved' }, id: own.id, overrideAccess: false, user: as('staffA1O1') }))).toBe(403)
    const submitted = await payload.update({ collection: 'activities', data: { status: 'submitted' }, id: own.id, overrideAccess: false, user: as('staffA1O1') })
    expect(submitted.status).toBe('submitted')
    // once submitted it is no longer the staff member's to edit
    expect(await errorStatus(() => payload.update({ collection: 'activities', data: { title: 'y' }, id: own.id, overrideAccess: false, user: as('staffA1O1') }))).toBe(403)
  })

  it('compliance changes the status and nothing else', async () => {
    const rec = w.activities['B1-O1']!
    // lobby publicity needs no photo to be submitted
    await payload.update({ collection: 'activities', data: { status: 'submitted' }, id: rec.id, overrideAccess: false, user: as('staffB1O1') })
    const after = await payload.update({
      collection: 'activities',
      data: { branch: w.branches['A1-O1']!.id, status: 'approved', title: '合规改标题' },
      id: rec.id,
      overrideAccess: false,
      user: as('compliance'),
    })
    expect(after.status).toBe('approved')
    expect(after.title).toBe(rec.title)
    expect(typeof after.branch === 'object' ? after.branch.id : after.branch).toBe(w.branches['B1-O1']!.id)
  })

  it('delete: managers in their subtree, never staff', async () => {
    const tmp = await payload.create({ collection: 'activities', data: activityData(w, 'A1-O1'), overrideAccess: false, user: as('staffA1O1') })
    expect(await errorStatus(() => payload.delete({ collection: 'activities', id: tmp.id, overrideAccess: false, user: as('staffA1O1') }))).toBe(403)
    expect(await errorStatus(() => payload.delete({ collection: 'activities', id: tmp.id, overrideAccess: false, user: as('managerB1') }))).toBe(403)
    await payload.delete({ collection: 'activities', id: tmp.id, overrideAccess: false, user: as('managerA1') })
    expect(await errorStatus(() => payload.findByID({ collection: 'activities', id: tmp.id }))).toBe(404)
  })
})

describe('users: nobody but admin sets a role or branch', () => {
  it('a staff member updating themselves cannot change role or branch', async () => {
    const me = as('staffA1O1b')
    const after = await payload.update({
      collection: 'users',
      data: { branch: w.branches.B!.id, name: '新名字', role: 'admin' },
      id: me.id,
      overrideAccess: false,
      user: me,
    })
    expect(after.name).toBe('新名字')
    expect(after.role).toBe('staff')
    expect(typeof after.branch === 'object' ? after.branch?.id : after.branch).toBe(w.branches['A1-O1']!.id)
  })

  it('only admin creates users or edits others', async () => {
    const data = { email: 'new@test.example.cn', name: 'n', password: 'Long-enough-1', role: 'editor' as const }
    for (const key of ['compliance', 'managerA1', 'staffA1O1', 'editor']) {
      expect(await errorStatus(() => payload.create({ collection: 'users', data, overrideAccess: false, user: as(key) })), key).toBe(403)
    }
    expect(await errorStatus(() => payload.update({ collection: 'users', data: { name: 'x' }, id: as('staffA1O1').id, overrideAccess: false, user: as('managerA1') }))).toBe(403)
    const made = await payload.create({ collection: 'users', data, overrideAccess: false, user: as('admin') })
    expect(made.role).toBe('editor')
  })
})

describe('materials and campaigns: who writes', () => {
  it('editors and admin write materials; head office writes campaigns', async () => {
    for (const key of ['compliance', 'managerA1', 'staffA1O1']) {
      expect(await errorStatus(() => payload.create({ collection: 'materials', data: { code: `X-${key}`, kind: 'poster', title: 'x' }, overrideAccess: false, user: as(key) })), key).toBe(403)
    }
    const m = await payload.create({ collection: 'materials', data: { code: 'ED-1', kind: 'poster', title: '编辑的海报' }, overrideAccess: false, user: as('editor') })
    expect(m.slug).toBe('ed-1')
    for (const key of ['managerA1', 'staffA1O1', 'editor']) {
      expect(await errorStatus(() => payload.update({ collection: 'campaigns', data: { title: 'x' }, id: w.campaign.id, overrideAccess: false, user: as(key) })), key).toBe(403)
    }
    const c = await payload.update({ collection: 'campaigns', data: { status: 'running' }, id: w.campaign.id, overrideAccess: false, user: as('compliance') })
    expect(c.status).toBe('running')
  })
})
