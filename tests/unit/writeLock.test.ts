import { describe, expect, it } from 'vitest'

import { WriteLock } from '../../src/writeLock'

describe('write lock', () => {
  it('hands turns out in order', async () => {
    const lock = new WriteLock(1000)
    const order: number[] = []
    const work = async (n: number, ms: number) => {
      const release = await lock.acquire()
      order.push(n)
      await new Promise((r) => setTimeout(r, ms))
      release()
    }
    await Promise.all([work(1, 30), work(2, 1), work(3, 1)])
    expect(order).toEqual([1, 2, 3])
  })

  it('gives up after the wait limit with a 503, and those behind still get their turn', async () => {
    const lock = new WriteLock(50)
    const first = await lock.acquire()
    const late = lock.acquire()
    await expect(late).rejects.toMatchObject({ status: 503 })
    first()
    const next = await lock.acquire()
    next()
  })
})
