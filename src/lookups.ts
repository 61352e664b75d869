import type { PayloadRequest } from 'payload'

import type { BranchId } from './domain/branchTree'
import type { Branch, Campaign, MonthLock } from './payload-types'

/**
 * Options for reading every matching document as the product itself (no
 * access check, no population, no pages): for hooks, jobs and services that
 * have already decided who may see the result.
 */
export const systemRead = { depth: 0, limit: 0, overrideAccess: true, pagination: false } as const

/**
 * Per-request memo for the reference data hooks read on every save (campaign,
 * branch, month locks). A 10,000-row import asks for each distinct key once;
 * a normal save asks once per key instead of once per hook. Reads join the
 * request's transaction.
 */
const memo = new WeakMap<object, Map<string, Promise<unknown>>>()

export const once = <T>(req: PayloadRequest, key: string, load: () => Promise<T>): Promise<T> => {
  let m = memo.get(req)
  if (!m) memo.set(req, (m = new Map()))
  const hit = m.get(key)
  if (hit) return hit as Promise<T>
  const pending = load()
  m.set(key, pending)
  pending.catch(() => m.delete(key))
  return pending
}

/** Forget what this request has read (after it wrote locks or branches itself). */
export const forget = (req: PayloadRequest): void => {
  memo.delete(req)
}

export const campaignById = (req: PayloadRequest, id: BranchId): Promise<Campaign | null> =>
  once(req, `campaign:${id}`, () =>
    req.payload.findByID({ collection: 'campaigns', depth: 0, disableErrors: true, id, overrideAccess: true, req }),
  )

export const branchById = (req: PayloadRequest, id: BranchId): Promise<Branch | null> =>
  once(req, `branch:${id}`, () =>
    req.payload.findByID({ collection: 'branches', depth: 0, disableErrors: true, id, overrideAccess: true, req }),
  )

export const closedLocks = (req: PayloadRequest, campaignId: BranchId, month: string): Promise<MonthLock[]> =>
  once(req, `locks:${campaignId}:${month}`, async () => {
    const res = await req.payload.find({
      collection: 'month-locks',
      ...systemRead,
      req,
      where: { and: [{ campaign: { equals: campaignId } }, { month: { equals: month } }, { status: { equals: 'locked' } }] },
    })
    return res.docs
  })
