import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import type { Activity } from '../../src/payload-types'
import { type Booted, bootPayload } from '../helpers/boot'
import { errorStatus } from '../helpers/expectError'
import { file, lobbyPhoto } from '../helpers/files'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => b?.cleanup())

const as = (key: string) => w.users[key]
const relId = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number | string }).id : v)

const photo = async (data: Buffer, user = 'staffA1O1', name = 'lobby.jpg') =>
  b.payload.create({ collection: 'media', data: { alt: name }, depth: 0, file: file(data, name, 'image/jpeg'), overrideAccess: false, user: as(user) })

const fileAs = (user: string, branch: string, extra: Partial<Activity> = {}) =>
  b.payload.create({ collection: 'activities', data: activityData(w, branch, extra), depth: 0, overrideAccess: false, user: as(user) })

const setStatus = (id: number | string, user: string, status: Activity['status'], returnReason?: string) =>
  b.payload.update({ collection: 'activities', data: { returnReason, status }, depth: 0, id, overrideAccess: false, user: as(user) })

const problem = async (fn: () => Promise<unknown>): Promise<{ message: string; status: number }> => {
  try {
    await fn()
  } catch (e) {
    return { message: (e as Error).message, status: (e as { status?: number }).status ?? 500 }
  }
  return { message: '', status: 200 }
}

describe('status flow draft → submitted → approved | returned', () => {
  it('records every change with who and when, and needs a reason to return', async () => {
    const pic = await photo(await lobbyPhoto(101))
    const rec = await fileAs('staffA1O1', 'A1-O1', { photos: [pic.id] })
    expect(rec.status).toBe('draft')
    expect(rec.history ?? []).toEqual([])

    const submitted = await setStatus(rec.id, 'staffA1O1', 'submitted')
    expect(submitted.status).toBe('submitted')

    const noReason = await problem(() => setStatus(rec.id, 'compliance', 'returned'))
    expect(noReason.status).toBe(400)
    expect(noReason.message).toContain('退回原因')

    const returned = await setStatus(rec.id, 'compliance', 'returned', '照片不清晰，请补充现场照片')
    expect(returned.status).toBe('returned')
    expect(returned.returnReason).toBe('照片不清晰，请补充现场照片')
    // returned records are the staff member's to edit again
    const fixed = await b.payload.update({ collection: 'activities', data: { title: '补充照片后的厅堂宣传' }, depth: 0, id: rec.id, overrideAccess: false, user: as('staffA1O1') })
    expect(fixed.title).toBe('补充照片后的厅堂宣传')
    await setStatus(rec.id, 'staffA1O1', 'submitted')
    const approved = await setStatus(rec.id, 'compliance', 'approved')

    const history = approved.history ?? []
    expect(history.map((h) => [h.from ?? null, h.to])).toEqual([
      ['draft', 'submitted'],
      ['submitted', 'returned'],
      ['returned', 'submitted'],
      ['submitted', 'approved'],
    ])
    expect(history.map((h) => relId(h.by))).toEqual([w.users.staffA1O1!.id, w.users.compliance!.id, w.users.staffA1O1!.id, w.users.compliance!.id])
    expect(history[1]!.reason).toBe('照片不清晰，请补充现场照片')
    expect(history.every((h) => typeof h.at === 'string' && h.at.length > 0)).toBe(true)
    // versions are kept as well
    const versions = await b.payload.findVersions({ collection: 'activities', where: { parent: { equals: rec.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(6)
  })

  it('refuses transitions per role: staff and managers never approve (unless allowed), compliance never submits, nobody skips review', async () => {
    const rec = await fileAs('staffA1O1', 'A1-O1', { type: 'lobby' })
    expect((await problem(() => setStatus(rec.id, 'staffA1O1', 'approved'))).status).toBe(403)
    expect((await problem(() => setStatus(rec.id, 'managerA1', 'approved'))).status).toBe(403)
    expect((await problem(() => setStatus(rec.id, 'compliance', 'submitted'))).status).toBe(403)
    // draft → approved skips submission, even for compliance
    expect((await problem(() => setStatus(rec.id, 'compliance', 'approved'))).status).toBe(403)
    await setStatus(rec.id, 'staffA1O1', 'submitted')
    // a manager of another branch is refused
    expect(await errorStatus(() => setStatus(rec.id, 'managerB1', 'approved'))).toBe(403)
    // editors have no business here
    expect(await errorStatus(() => setStatus(rec.id, 'editor', 'approved'))).toBe(403)
    const approved = await setStatus(rec.id, 'compliance', 'approved')
    expect(approved.status).toBe('approved')
    // approved is final for the branch: staff cannot edit it, nor pull it back to draft
    expect(await errorStatus(() => setStatus(rec.id, 'staffA1O1', 'draft'))).toBe(403)
    expect((await problem(() => setStatus(rec.id, 'managerA1', 'draft'))).status).toBe(403)
  })

  it('under supervising review the sub-branch manager approves its outlets, nobody else below head office, and never their own records', async () => {
    await b.payload.update({ collection: 'campaigns', data: { reviewLevel: 'supervising' }, id: w.campaign.id, overrideAccess: false, user: as('compliance') })
    try {
      const staffRec = await fileAs('staffA1O1', 'A1-O1', { type: 'lobby' })
      await setStatus(staffRec.id, 'staffA1O1', 'submitted')
      // compliance does not approve an outlet's record here, but may still return it
      const ho = await problem(() => setStatus(staffRec.id, 'compliance', 'approved'))
      expect(ho.status).toBe(403)
      expect(ho.message).toContain('上级机构负责人')
      expect((await setStatus(staffRec.id, 'managerA1', 'approved')).status).toBe('approved')
      const ownRec = await fileAs('managerA1', 'A1-O2', { type: 'lobby' })
      await setStatus(ownRec.id, 'managerA1', 'submitted')
      const self = await problem(() => setStatus(ownRec.id, 'managerA1', 'approved'))
      expect(self.status).toBe(403)
      expect(self.message).toContain('您登记、提交或最近修改过该记录的数据')
      expect((await b.payload.update({ collection: 'activities', data: { returnReason: '照片不清晰', status: 'returned' }, id: ownRec.id, overrideAccess: false, user: as('compliance') })).status).toBe('returned')
      // the record's own branch manager does not review under this level: an outlet's staff never does
      const sub = await fileAs('managerA1', 'A1', { type: 'lobby' })
      await setStatus(sub.id, 'managerA1', 'submitted')
      expect((await problem(() => setStatus(sub.id, 'managerB1', 'approved'))).status).toBe(403)
    } finally {
      await b.payload.update({ collection: 'campaigns', data: { reviewLevel: 'head-office' }, id: w.campaign.id })
    }
  })

  it('only head office changes the review rules', async () => {
    expect(await errorStatus(() => b.payload.update({ collection: 'campaigns', data: { reviewLevel: 'own' }, id: w.campaign.id, overrideAccess: false, user: as('managerA1') }))).toBe(403)
    expect(await errorStatus(() => b.payload.updateGlobal({ data: { reminderDay: 3 }, overrideAccess: false, slug: 'workflow-settings', user: as('staffA1O1') }))).toBe(403)
  })
})

describe('evidence before submission', () => {
  it('offline events need a photo; online posts a link or a screenshot; lobby publicity neither', async () => {
    const street = await fileAs('staffA1O1', 'A1-O1', { type: 'street' })
    const refused = await problem(() => setStatus(street.id, 'staffA1O1', 'submitted'))
    expect(refused.status).toBe(400)
    expect(refused.message).toContain('照片')
    const pic = await photo(await lobbyPhoto(202))
    await b.payload.update({ collection: 'activities', data: { photos: [pic.id] }, id: street.id, overrideAccess: false, user: as('staffA1O1') })
    expect((await setStatus(street.id, 'staffA1O1', 'submitted')).status).toBe('submitted')

    const post = await fileAs('staffA1O1', 'A1-O1', { title: '公众号推文', type: 'online-post' })
    const noLink = await problem(() => setStatus(post.id, 'staffA1O1', 'submitted'))
    expect(noLink.status).toBe(400)
    expect(noLink.message).toContain('链接')
    await b.payload.update({ collection: 'activities', data: { link: 'https://mp.weixin.qq.com/s/anti-fraud' }, id: post.id, overrideAccess: false, user: as('staffA1O1') })
    expect((await setStatus(post.id, 'staffA1O1', 'submitted')).status).toBe('submitted')

    // created straight as submitted: the same rule
    expect((await problem(() => fileAs('staffA1O1', 'A1-O1', { status: 'submitted', type: 'campus' }))).status).toBe(400)
  })
})

describe('review flags (flagged, never refused)', () => {
  it('flags implausible figures, stays filterable, and clears when the figures are corrected', async () => {
    const rec = await fileAs('staffA1O1', 'A1-O1', {
      interception: { lossesAvoided: 50_000, suspectsCaught: 0, transactionsStopped: 0 },
      leaflets: [{ material: w.materials[0]!.id, quantity: 2000 }],
      reach: [{ audience: 'public', channel: 'offline', count: 450 }],
      type: 'lobby',
    })
    expect(rec.flags).toEqual(expect.arrayContaining(['reach-above-limit', 'leaflets-above-reach', 'losses-without-interception']))
    expect(rec.flaggedAt).toBeTruthy()
    const listed = await b.payload.find({ collection: 'activities', where: { flags: { in: ['reach-above-limit'] } } })
    expect(listed.docs.map((d) => d.id)).toContain(rec.id)

    const fixed = await b.payload.update({
      collection: 'activities',
      data: { interception: { lossesAvoided: 50_000, suspectsCaught: 0, transactionsStopped: 1 }, leaflets: [{ material: w.materials[0]!.id, quantity: 200 }], reach: [{ audience: 'public', channel: 'offline', count: 150 }] },
      depth: 0,
      id: rec.id,
      overrideAccess: false,
      user: as('staffA1O1'),
    })
    expect(fixed.flags).toEqual([])
    expect(fixed.flaggedAt).toBeNull()
  })

  it('uses the thresholds compliance sets', async () => {
    await b.payload.updateGlobal({ data: { reachLimits: [{ maxPeople: 20, type: 'lobby' }] }, overrideAccess: false, slug: 'workflow-settings', user: as('compliance') })
    try {
      const rec = await fileAs('staffA1O1', 'A1-O1', { reach: [{ audience: 'elderly', channel: 'offline', count: 25 }], type: 'lobby' })
      expect(rec.flags).toContain('reach-above-limit')
    } finally {
      await b.payload.updateGlobal({ data: { reachLimits: [{ maxPeople: 300, type: 'lobby' }] }, slug: 'workflow-settings' })
    }
  })

  it('nobody sets flags by hand', async () => {
    const rec = await fileAs('staffA1O1', 'A1-O1', { flags: ['duplicate-photo'] } as Partial<Activity>)
    expect(rec.flags).toEqual([])
  })
})

describe('duplicate photo evidence', () => {
  it('flags both records when a resized, re-compressed copy of a photo is reused, and links each to the other', async () => {
    const original = await lobbyPhoto(303)
    const copy = await sharp(original).resize(600).jpeg({ quality: 55 }).toBuffer()
    const first = await fileAs('staffA1O1', 'A1-O1', { photos: [(await photo(original)).id], title: '十月八日厅堂宣传' })
    expect(first.flags ?? []).not.toContain('duplicate-photo')
    const second = await fileAs('staffB1O1', 'B1-O1', { photos: [(await photo(copy, 'staffB1O1', 'copy.jpg')).id], title: '十月九日厅堂宣传' })
    expect(second.flags).toContain('duplicate-photo')
    // the other branch's record is not theirs to see: the flag says a match exists, head office sees which
    expect(second.duplicateOf ?? []).toEqual([])
    const asCompliance = await b.payload.findByID({ collection: 'activities', depth: 0, id: second.id, overrideAccess: false, user: as('compliance') })
    expect((asCompliance.duplicateOf ?? []).map(relId)).toEqual([first.id])
    const firstAfter = await b.payload.findByID({ collection: 'activities', depth: 0, id: first.id })
    expect(firstAfter.flags).toContain('duplicate-photo')
    expect((firstAfter.duplicateOf ?? []).map(relId)).toEqual([second.id])

    // the photo replaced by a real one: both records are clear again
    const other = await photo(await lobbyPhoto(304), 'staffB1O1', 'real.jpg')
    await b.payload.update({ collection: 'activities', data: { photos: [other.id] }, id: second.id, overrideAccess: false, user: as('staffB1O1') })
    const a = await b.payload.findByID({ collection: 'activities', depth: 0, id: first.id })
    const c = await b.payload.findByID({ collection: 'activities', depth: 0, id: second.id })
    expect(a.flags).not.toContain('duplicate-photo')
    expect(c.flags).not.toContain('duplicate-photo')
    expect(a.duplicateOf ?? []).toEqual([])
  })

  it('does not flag a different photo of the same lobby', async () => {
    const first = await fileAs('staffA1O1', 'A1-O1', { photos: [(await photo(await lobbyPhoto(405))).id], title: '上午厅堂宣传' })
    const later = await fileAs('staffA1O1', 'A1-O1', { photos: [(await photo(await lobbyPhoto(405, { shift: 5 }))).id], title: '下午厅堂宣传' })
    expect(later.flags ?? []).not.toContain('duplicate-photo')
    const again = await b.payload.findByID({ collection: 'activities', depth: 0, id: first.id })
    expect(again.flags ?? []).not.toContain('duplicate-photo')
  })
})

describe('one photo on many records', () => {
  const versionsOf = async (ids: Array<number | string>) =>
    (await b.payload.countVersions({ collection: 'activities', where: { parent: { in: ids } } })).totalDocs

  it('flags them all, and a save or a removal touches only the records whose flag changes', async () => {
    const pic = await photo(await lobbyPhoto(515), 'staffA1O1', 'shared.jpg')
    const recs: Activity[] = []
    for (let i = 0; i < 25; i++) recs.push(await fileAs('staffA1O1', 'A1-O1', { photos: [pic.id], title: `共用照片的记录 ${i}` }))
    expect(recs[0]!.flags ?? []).not.toContain('duplicate-photo')
    const all = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, where: { id: { in: recs.map((r) => r.id) } } })
    expect(all.docs.every((d) => (d.flags ?? []).includes('duplicate-photo'))).toBe(true)

    // editing one record's title: no other record is rewritten (no new version, same updatedAt)
    const others = recs.slice(1).map((r) => r.id)
    const versionsBefore = await versionsOf(others.slice(1))
    const stamps = new Map(all.docs.map((d) => [d.id, d.updatedAt]))
    await b.payload.update({ collection: 'activities', data: { title: '改过标题' }, id: recs[0]!.id, overrideAccess: false, user: as('staffA1O1') })
    // the photo dropped from one record: the 23 others still share it, nobody else is touched either
    const plain = await photo(await lobbyPhoto(516), 'staffA1O1', 'own.jpg')
    const moved = await b.payload.update({ collection: 'activities', data: { photos: [plain.id] }, id: recs[1]!.id, overrideAccess: false, user: as('staffA1O1') })
    expect(moved.flags ?? []).not.toContain('duplicate-photo')
    expect(await versionsOf(others.slice(1))).toBe(versionsBefore)
    const after = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, where: { id: { in: others.slice(1) } } })
    for (const d of after.docs) {
      expect(d.updatedAt).toBe(stamps.get(d.id))
      expect(d.flags).toContain('duplicate-photo')
    }

    // one record's page lists a bounded number of matches, however many there are
    const one = await b.payload.findByID({ collection: 'activities', depth: 2, id: recs[2]!.id, overrideAccess: false, user: as('compliance') })
    expect(one.duplicateOf).toHaveLength(20)
    expect((one.duplicateOf ?? []).every((v) => typeof v !== 'object')).toBe(true)
    expect(JSON.stringify(one).length).toBeLessThan(20_000)

    // down to one user of the photo: that last record is clear again
    for (const r of recs.slice(2, 24)) await b.payload.delete({ collection: 'activities', id: r.id })
    const last = await b.payload.findByID({ collection: 'activities', depth: 0, id: recs[24]!.id })
    const first = await b.payload.findByID({ collection: 'activities', depth: 0, id: recs[0]!.id })
    expect(first.flags).toContain('duplicate-photo')
    expect(last.flags).toContain('duplicate-photo')
    await b.payload.delete({ collection: 'activities', id: recs[0]!.id })
    const alone = await b.payload.findByID({ collection: 'activities', depth: 0, id: recs[24]!.id })
    expect(alone.flags ?? []).not.toContain('duplicate-photo')
  })

  it('finds near-identical photos through the hash bands (every band stored, a resized copy shares one)', async () => {
    const original = await lobbyPhoto(606)
    const m1 = await photo(original)
    const m2 = await photo(await sharp(original).resize(500).jpeg({ quality: 60 }).toBuffer(), 'staffA1O1', 'small.jpg')
    const [a, c] = await Promise.all([m1, m2].map((m) => b.payload.findByID({ collection: 'media', depth: 0, id: m.id })))
    const bands = (m: Record<string, unknown>) => [0, 1, 2, 3, 4, 5].map((i) => m[`phashBand${i}`])
    expect(bands(a as never).every((v) => typeof v === 'string')).toBe(true)
    expect(bands(a as never).some((v, i) => v === bands(c as never)[i])).toBe(true)
  })
})

describe('month locking', () => {
  it('closes a month for a subtree: nobody but admin creates, edits, deletes or moves records in it; reopening is recorded', async () => {
    const before = await fileAs('staffA1O1', 'A1-O1', { date: noonInShanghai('2026-10-12'), type: 'lobby' })
    const other = await fileAs('staffB1O1', 'B1-O1', { date: noonInShanghai('2026-10-12'), type: 'lobby' })
    // only head office locks
    expect(await errorStatus(() => b.payload.create({ collection: 'month-locks', data: { campaign: w.campaign.id, month: '2026-10' }, overrideAccess: false, user: as('managerA1') }))).toBe(403)
    const lock = await b.payload.create({
      collection: 'month-locks',
      data: { branches: [w.branches.A!.id], campaign: w.campaign.id, month: '2026-10', reason: '10月数据已汇总上报' },
      overrideAccess: false,
      user: as('compliance'),
    })
    expect(lock.status).toBe('locked')
    expect(relId(lock.lockedBy)).toBe(w.users.compliance!.id)

    const create = await problem(() => fileAs('staffA1O1', 'A1-O1', { date: noonInShanghai('2026-10-20'), type: 'lobby' }))
    expect(create.status).toBe(423)
    expect(create.message).toContain('2026-10')
    expect(create.message).toContain('已锁定')
    expect((await problem(() => b.payload.update({ collection: 'activities', data: { title: '改' }, id: before.id, overrideAccess: false, user: as('managerA1') }))).status).toBe(423)
    expect((await problem(() => b.payload.delete({ collection: 'activities', id: before.id, overrideAccess: false, user: as('managerA1') }))).status).toBe(423)
    expect((await problem(() => setStatus(before.id, 'compliance', 'submitted'))).status).not.toBe(200)
    // moving a record of the month out of the closed month is a change too
    expect((await problem(() => b.payload.update({ collection: 'activities', data: { date: noonInShanghai('2026-10-01') }, id: before.id, overrideAccess: false, user: as('managerA1') }))).status).toBe(423)
    // branch B is not covered by this lock
    const bOk = await b.payload.update({ collection: 'activities', data: { title: 'B 改标题' }, depth: 0, id: other.id, overrideAccess: false, user: as('staffB1O1') })
    expect(bOk.title).toBe('B 改标题')
    // admin may correct a closed month
    const byAdmin = await b.payload.update({ collection: 'activities', data: { title: '管理员更正' }, depth: 0, id: before.id, overrideAccess: false, user: as('admin') })
    expect(byAdmin.title).toBe('管理员更正')
    // a second lock for the same scope is refused
    expect(await errorStatus(() => b.payload.create({ collection: 'month-locks', data: { branches: [w.branches.A!.id], campaign: w.campaign.id, month: '2026-10' }, overrideAccess: false, user: as('compliance') }))).toBe(409)
    // a lock cannot be deleted, only reopened
    expect(await errorStatus(() => b.payload.delete({ collection: 'month-locks', id: lock.id, overrideAccess: false, user: as('compliance') }))).toBe(403)
    expect(await errorStatus(() => b.payload.update({ collection: 'month-locks', data: { month: '2026-11' }, id: lock.id, overrideAccess: false, user: as('compliance') }))).not.toBe(200)

    const reopened = await b.payload.update({ collection: 'month-locks', data: { status: 'reopened' }, id: lock.id, overrideAccess: false, user: as('compliance') })
    expect(reopened.status).toBe('reopened')
    expect(relId(reopened.reopenedBy)).toBe(w.users.compliance!.id)
    expect(reopened.reopenedAt).toBeTruthy()
    const afterReopen = await b.payload.update({ collection: 'activities', data: { title: '解锁后修改' }, depth: 0, id: before.id, overrideAccess: false, user: as('managerA1') })
    expect(afterReopen.title).toBe('解锁后修改')
  })

  it('refuses a month outside the campaign and a malformed month', async () => {
    expect(await errorStatus(() => b.payload.create({ collection: 'month-locks', data: { campaign: w.campaign.id, month: '2026-12' }, overrideAccess: false, user: as('compliance') }))).toBe(400)
    expect(await errorStatus(() => b.payload.create({ collection: 'month-locks', data: { campaign: w.campaign.id, month: '10/2026' }, overrideAccess: false, user: as('compliance') }))).toBe(400)
  })
})

describe('many writers at once', () => {
  it('saves made at the same moment all succeed: write transactions take turns instead of failing with SQLITE_BUSY', async () => {
    const saves = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 2
        ? b.payload.update({ collection: 'activities', data: { location: `并发地点 ${i}` }, id: w.activities['A1-O1']!.id, overrideAccess: false, user: as('staffA1O1') })
        : fileAs(i % 2 ? 'staffA1O1' : 'staffB1O1', i % 2 ? 'A1-O1' : 'B1-O1', { date: noonInShanghai('2026-10-04'), title: `并发 ${i}`, type: 'lobby' }),
    )
    const results = await Promise.allSettled(saves)
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([])
  })
})
