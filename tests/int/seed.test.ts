import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { seedBranches, seedUsers } from '../../seed/bank'
import { type Booted, bootPayload } from '../helpers/boot'

let b: Booted
beforeAll(async () => {
  b = await bootPayload()
})
afterAll(async () => b?.cleanup())

describe('seed', () => {
  it('creates the demo bank, then changes nothing when run again', async () => {
    const first = await seed(b.payload)
    expect(first.created.branches).toBe(seedBranches().length)
    expect(first.created.users).toBe(seedUsers.length)
    expect(first.created.campaigns).toBe(1)
    expect(first.created.materials).toBeGreaterThanOrEqual(6)
    expect(first.created.activities).toBeGreaterThan(200)

    const outlets = await b.payload.count({ collection: 'branches', where: { level: { equals: 'outlet' } } })
    expect(outlets.totalDocs).toBeGreaterThanOrEqual(40)
    const roles = await b.payload.find({ collection: 'users', limit: 0, pagination: false })
    expect(new Set(roles.docs.map((u) => u.role))).toEqual(new Set(['admin', 'compliance', 'manager', 'staff', 'editor']))

    const before = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, sort: 'id' })
    const second = await seed(b.payload)
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true)
    const after = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, sort: 'id' })
    expect(after.docs.map((d) => [d.id, d.updatedAt])).toEqual(before.docs.map((d) => [d.id, d.updatedAt]))
    // 325 records and their rollups through the Local API, twice: ~15 s alone, over 30 s on CI's two cores shared with other files
  }, 120_000)

  it('has interceptions with losses avoided, and realistic totals', async () => {
    const all = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false })
    const intercepted = all.docs.filter((a) => a.type === 'interception')
    expect(intercepted.length).toBeGreaterThanOrEqual(2)
    expect(intercepted.every((a) => (a.interception?.lossesAvoided ?? 0) > 0)).toBe(true)
    const leaflets = all.docs.flatMap((a) => a.leaflets ?? []).reduce((s, l) => s + l.quantity, 0)
    expect(leaflets).toBeGreaterThan(10_000)
  })

  it('every seeded return names its reviewer and reason, and every decision its reviewer, as a real one would', async () => {
    const all = (await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false })).docs
    const returned = all.filter((a) => a.status === 'returned')
    expect(returned.length).toBeGreaterThan(0)
    for (const a of returned) {
      expect(a.returnReason, String(a.id)).toBeTruthy()
      const last = a.history!.at(-1)!
      expect(last).toMatchObject({ reason: a.returnReason, to: 'returned' })
      expect(last.by, String(a.id)).toBeTruthy()
    }
    for (const a of all.filter((x) => x.status === 'approved')) expect(a.history!.at(-1)!.by, String(a.id)).toBeTruthy()
    // history in order: submitted before it was decided
    for (const a of all.filter((x) => (x.history ?? []).length === 2)) expect(Date.parse(a.history![0]!.at) < Date.parse(a.history![1]!.at)).toBe(true)
  })
})

describe('the seeded month up the tree', () => {
  it('is mixed as late November finds it, and consistent: no signed-off sub-branch has records awaiting review', async () => {
    const { createLocalReq } = await import('payload')
    const { loadTree } = await import('../../src/returns/service')
    const campaign = (await b.payload.find({ collection: 'campaigns', limit: 1 })).docs[0]!
    const tree = await loadTree(await createLocalReq({}, b.payload), campaign, '2026-10', 'all', new Date('2026-11-28T00:00:00Z'))
    const row = (code: string) => tree.rows.find((r) => r.code === code)!
    expect(row('SZ')).toMatchObject({ onTime: true, status: 'accepted' })
    expect(row('SZ').reportingRate).toBe(1)
    expect(row('FS-03')).toMatchObject({ late: true, onTime: false, status: 'accepted' })
    expect(row('FS-04')).toMatchObject({ late: true, status: 'returned' })
    expect(row('GZ-01')).toMatchObject({ late: true, status: 'open' })
    const waiting = (code: string) => tree.rows.filter((r) => String(r.parent) === String(row(code).id)).reduce((n, c) => n + c.records.submitted, 0)
    // the demo manager's sub-branch still has its outlets' records to review
    expect(waiting('GZ-01')).toBeGreaterThan(0)
    for (const code of ['SZ-01', 'SZ-02', 'FS-01', 'GZ-02', 'GZ-03']) expect(waiting(code)).toBe(0)
    const all = tree.rows.filter((r) => r.parent === null).reduce((s, r) => ({ e: s.e + r.subtree.expected, r: s.r + r.subtree.reported }), { e: 0, r: 0 })
    expect(all.r / all.e).toBeGreaterThan(0.5)
    expect(all.r / all.e).toBeLessThan(1)
  })
})
