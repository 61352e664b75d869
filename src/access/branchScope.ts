import type { PayloadRequest, Where } from 'payload'

import { type BranchId, pathSegment } from '../domain/branchTree'
import { idOf, sameId } from '../ids'
import { systemRead } from '../lookups'
import { roleOf } from './roles'

const relId = idOf

/** The branch a user belongs to (id), whether the relation came populated or not. */
export const userBranchId = (user: PayloadRequest['user']): BranchId | null =>
  relId((user as { branch?: unknown } | null | undefined)?.branch)

const cache = new WeakMap<object, Map<string, Promise<BranchId[]>>>()

/**
 * Ids of `rootId` and every branch below it. One query per root, cached for
 * the life of the request (access runs several times per request). Runs
 * inside the request's transaction when there is one.
 */
export const subtreeIds = (req: PayloadRequest, rootId: BranchId): Promise<BranchId[]> => {
  let perRoot = cache.get(req)
  if (!perRoot) cache.set(req, (perRoot = new Map()))
  const key = String(rootId)
  const cached = perRoot.get(key)
  if (cached) return cached
  const pending = req.payload
    .find({
      collection: 'branches',
      ...systemRead,
      req,
      select: {},
      where: { or: [{ id: { equals: rootId } }, { path: { contains: pathSegment(rootId) } }] },
    })
    .then((res) => res.docs.map((d) => d.id))
  perRoot.set(key, pending)
  pending.catch(() => perRoot.delete(key))
  return pending
}

/**
 * Branches whose records the user may read: null means all of them. Branch
 * roles (manager, staff) see their own branch's subtree; a branch role with no
 * branch sees nothing.
 */
export const readableBranchIds = async (req: PayloadRequest): Promise<BranchId[] | null> => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'compliance' || role === 'editor') return null
  const own = userBranchId(req.user)
  if (role === null || own === null) return []
  return subtreeIds(req, own)
}

/**
 * Branches the user may file activity records for: null means any. Managers
 * work in their subtree, staff in their own branch only.
 */
export const writableBranchIds = async (req: PayloadRequest): Promise<BranchId[] | null> => {
  const role = roleOf(req.user)
  if (role === 'admin') return null
  const own = userBranchId(req.user)
  if (own === null) return []
  if (role === 'manager') return subtreeIds(req, own)
  if (role === 'staff') return [own]
  return []
}

/** A where clause restricting `field` (a relation to branches) to `ids`. */
export const branchIn = (field: string, ids: BranchId[]): Where => ({ [field]: { in: ids } })

export { relId, sameId }
