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
  })

  it('has interceptions with losses avoided, and realistic totals', async () => {
    const all = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false })
    const intercepted = all.docs.filter((a) => a.type === 'interception')
    expect(intercepted.length).toBeGreaterThanOrEqual(2)
    expect(intercepted.every((a) => (a.interception?.lossesAvoided ?? 0) > 0)).toBe(true)
    const leaflets = all.docs.flatMap((a) => a.leaflets ?? []).reduce((s, l) => s + l.quantity, 0)
    expect(leaflets).toBeGreaterThan(10_000)
  })
})
