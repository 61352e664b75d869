import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import { type Booted, bootPayload } from '../helpers/boot'
import { errorStatus, fieldErrors } from '../helpers/expectError'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => b?.cleanup())

const count = async (collection: 'activities' | 'branches' | 'campaigns') =>
  (await b.payload.count({ collection })).totalDocs

describe('model validation: a clear error, nothing written', () => {
  it('refuses a campaign that ends before it starts', async () => {
    const before = await count('campaigns')
    const errors = await fieldErrors(() =>
      b.payload.create({
        collection: 'campaigns',
        data: { endDate: noonInShanghai('2026-10-01'), slug: 'bad', status: 'planned', startDate: noonInShanghai('2026-10-31'), title: '错误日期' },
      }),
    )
    expect(errors.endDate).toBe('结束日期不能早于开始日期。')
    expect(await count('campaigns')).toBe(before)
  })

  it('refuses an activity dated outside its campaign', async () => {
    const before = await count('activities')
    const errors = await fieldErrors(() =>
      b.payload.create({ collection: 'activities', data: activityData(w, 'A1-O1', { date: noonInShanghai('2026-11-01') }) }),
    )
    expect(errors.date).toBe('活动日期 2026-11-01 不在宣传活动期间（2026-10-01 至 2026-10-31）内。')
    expect(await count('activities')).toBe(before)
  })

  it('compares the activity day in Beijing time (00:30 on 1 October counts)', async () => {
    const doc = await b.payload.create({
      collection: 'activities',
      data: activityData(w, 'A1-O1', { date: '2026-09-30T16:30:00.000Z' }),
    })
    expect(doc.id).toBeDefined()
    await b.payload.delete({ collection: 'activities', id: doc.id })
  })

  it('refuses negative and fractional counts, and money with three decimals', async () => {
    const before = await count('activities')
    const errors = await fieldErrors(() =>
      b.payload.create({
        collection: 'activities',
        data: activityData(w, 'A1-O1', {
          interception: { lossesAvoided: 100.125, suspectsCaught: 0, transactionsStopped: -1 },
          leaflets: [{ material: w.materials[0]!.id, quantity: 2.5 }],
          reach: [{ audience: 'elderly', channel: 'offline', count: -3 }],
        }),
      }),
    )
    expect(errors['interception.transactionsStopped']).toBe('请输入不小于 0 的整数。')
    expect(errors['interception.lossesAvoided']).toBe('请输入不小于 0、最多两位小数的金额（元）。')
    expect(errors['leaflets.0.quantity']).toBe('请输入不小于 0 的整数。')
    expect(errors['reach.0.count']).toBe('请输入不小于 0 的整数。')
    expect(await count('activities')).toBe(before)
  })

  it('refuses a leaflet row that names no material', async () => {
    const before = await count('activities')
    const errors = await fieldErrors(() =>
      b.payload.create({
        collection: 'activities',
        data: activityData(w, 'A1-O1', { leaflets: [{ quantity: 30 } as never] }),
      }),
    )
    expect(Object.keys(errors)).toContain('leaflets.0.material')
    expect(await count('activities')).toBe(before)
  })

  it('accepts money with two decimals and keeps it exact', async () => {
    const doc = await b.payload.create({
      collection: 'activities',
      data: activityData(w, 'A1-O1', {
        interception: { lossesAvoided: 45800.55, suspectsCaught: 1, transactionsStopped: 1 },
        type: 'interception',
      }),
    })
    expect(doc.interception?.lossesAvoided).toBe(45800.55)
    await b.payload.delete({ collection: 'activities', id: doc.id })
  })

  it('requires a branch for managers and staff', async () => {
    const errors = await fieldErrors(() =>
      b.payload.create({
        collection: 'users',
        data: { email: 'nobranch@test.example.cn', name: 'x', password: 'Long-enough-1', role: 'staff' },
      }),
    )
    expect(errors.branch).toBe('网点负责人和网点员工必须指定所属机构。')
  })

  it('refuses a malformed campaign slug', async () => {
    const errors = await fieldErrors(() =>
      b.payload.create({
        collection: 'campaigns',
        data: { endDate: noonInShanghai('2026-10-31'), slug: 'Bad Slug!', status: 'planned', startDate: noonInShanghai('2026-10-01'), title: 'x' },
      }),
    )
    expect(errors.slug).toMatch(/小写字母/)
  })
})

describe('branch tree integrity', () => {
  it('refuses a branch as its own parent, and cycles through descendants', async () => {
    const a1 = w.branches.A1!
    const self = await fieldErrors(() =>
      b.payload.update({ collection: 'branches', data: { parent: a1.id }, id: a1.id }),
    )
    expect(self.parent).toBe('上级机构不能是本机构自身。')
    const cycle = await fieldErrors(() =>
      b.payload.update({ collection: 'branches', data: { parent: w.branches['A1-O1']!.id }, id: a1.id }),
    )
    expect(cycle.parent).toBe('上级机构不能是本机构的下级机构。')
    const unchanged = await b.payload.findByID({ collection: 'branches', depth: 0, id: a1.id })
    expect(unchanged.parent).toBe(w.branches.A!.id)
  })

  it('moves a subtree: every descendant path follows, in one transaction', async () => {
    const { A2, B } = w.branches
    await b.payload.update({ collection: 'branches', data: { parent: B!.id }, id: A2!.id })
    const outlet = await b.payload.findByID({ collection: 'branches', depth: 0, id: w.branches['A2-O1']!.id })
    expect(outlet.path).toBe(`/${w.branches.HO!.id}/${B!.id}/${A2!.id}/`)
    await b.payload.update({ collection: 'branches', data: { parent: w.branches.A!.id }, id: A2!.id })
    const back = await b.payload.findByID({ collection: 'branches', depth: 0, id: w.branches['A2-O1']!.id })
    expect(back.path).toBe(w.branches['A2-O1']!.path)
  })

  it('refuses to delete a branch that has sub-branches or records', async () => {
    const before = await count('branches')
    expect(await errorStatus(() => b.payload.delete({ collection: 'branches', id: w.branches.A1!.id }))).toBe(409)
    expect(await errorStatus(() => b.payload.delete({ collection: 'branches', id: w.branches['B1-O1']!.id }))).toBe(409)
    expect(await count('branches')).toBe(before)
    const leaf = await b.payload.create({ collection: 'branches', data: { code: 'TMP', level: 'outlet', name: '临时网点', parent: w.branches.B1!.id } })
    await b.payload.delete({ collection: 'branches', id: leaf.id })
    expect(await count('branches')).toBe(before)
  })

  it('refuses a duplicate branch code', async () => {
    const errors = await fieldErrors(() =>
      b.payload.create({ collection: 'branches', data: { code: 'A1', level: 'outlet', name: '重复编码' } }),
    )
    expect(Object.keys(errors)).toContain('code')
  })
})
