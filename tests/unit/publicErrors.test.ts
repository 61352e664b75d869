import { describe, expect, it } from 'vitest'

import { databaseBusy, keepRefusalMessages } from '../../src/hooks/publicErrors'

const answer = (error: unknown, language = 'zh') =>
  keepRefusalMessages({ error, req: { i18n: { language } }, result: { errors: [{ message: 'Something went wrong.' }] } } as never) as
    | { response: { errors: Array<{ message: string }> }; status: number }
    | undefined

describe('errors the user may read', () => {
  it('a database too busy to take the request is a 503 saying so in the user’s language, whatever wraps the driver’s error', () => {
    // what pg-pool throws, wrapped by drizzle's beginTransaction as Payload logs it
    const poolTimeout = new Error('Error: cannot begin transaction: timeout exceeded when trying to connect', { cause: new Error('timeout exceeded when trying to connect') })
    const deadlock = Object.assign(new Error('Failed query: update …'), { cause: Object.assign(new Error('deadlock detected'), { code: '40P01' }) })
    for (const e of [poolTimeout, deadlock]) {
      expect(databaseBusy(e)).toBe(true)
      expect(answer(e)).toEqual({ response: { errors: [{ message: expect.stringContaining('系统当前繁忙'), name: 'DatabaseBusy' }] }, status: 503 })
      expect(answer(e, 'en')!.response.errors[0]!.message).toMatch(/busy.*nothing was saved/)
    }
  })

  it('other failures stay hidden, refusals keep their words', () => {
    const unique = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })
    expect(databaseBusy(unique)).toBe(false)
    expect(answer(unique)).toBeUndefined()
    expect(answer(Object.assign(new Error('本月已锁定'), { status: 423 }))).toEqual({ response: { errors: [{ message: '本月已锁定', name: 'Error' }] }, status: 423 })
  })
})
