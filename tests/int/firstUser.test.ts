import { afterAll, beforeAll, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { errorStatus } from '../helpers/expectError'

let b: Booted
beforeAll(async () => {
  b = await bootPayload()
})
afterAll(async () => b?.cleanup())

it('the first account on an empty database is the administrator, whatever role it asks for', async () => {
  const data = { email: 'first@test.example.cn', name: 'first', password: 'Long-enough-1' }
  // an anonymous caller cannot create accounts through the API…
  expect(await errorStatus(() => b.payload.create({ collection: 'users', data: data as never, overrideAccess: false }))).toBe(403)
  // …the admin's "create first user" screen (registerFirstUser) can, once
  const first = await b.payload.create({ collection: 'users', data: { ...data, role: 'staff' } as never })
  expect(first.role).toBe('admin')
  const second = await b.payload.create({ collection: 'users', data: { ...data, email: 'second@test.example.cn', role: 'editor' } })
  expect(second.role).toBe('editor')
})
