import { afterAll, beforeAll, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => b?.cleanup())

it('builds the world', () => {
  expect(w.branches['A1-O1']!.path).toBe(`/${w.branches.HO!.id}/${w.branches.A!.id}/${w.branches.A1!.id}/`)
  expect(Object.keys(w.activities)).toHaveLength(4)
})
