/**
 * A bulk change (a reviewer approving many records at once) recomputes each
 * touched rollup once, at the end and in the same transaction, and the totals
 * agree with the records afterwards.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { verifyRollups } from '../../src/workflow/rollups'
import { type Booted, bootPayload } from '../helpers/boot'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => b?.cleanup())

it('approves 40 records of two outlets with one recomputation per outlet-month', async () => {
  const ids: Array<number | string> = []
  for (let i = 0; i < 40; i++) {
    ids.push((await b.payload.create({ collection: 'activities', data: activityData(w, i % 2 ? 'A1-O1' : 'A1-O2', { status: 'submitted', title: `批量 ${i}`, type: 'lobby' }) })).id)
  }
  // each recomputation reads its rollup by key once: count those reads during the bulk change
  let rollupReads = 0
  const find = b.payload.find.bind(b.payload) as Payload['find']
  ;(b.payload as { find: Payload['find'] }).find = ((args: Parameters<Payload['find']>[0]) => {
    if (args.collection === 'rollups') rollupReads++
    return find(args)
  }) as Payload['find']
  try {
    const res = await b.payload.update({ collection: 'activities', data: { status: 'approved' }, overrideAccess: false, user: w.users.compliance, where: { id: { in: ids } } })
    expect(res.errors).toEqual([])
    expect(res.docs).toHaveLength(40)
  } finally {
    ;(b.payload as { find: Payload['find'] }).find = find
  }
  expect(rollupReads).toBe(2)
  expect(await verifyRollups(b.payload)).toEqual([])
})
