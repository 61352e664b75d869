import type { CollectionAfterChangeHook } from 'payload'

import { systemRead } from '../../../src/lookups'
import type { Branch } from '../../../src/payload-types'

/**
 * When a branch moves, its children's paths are out of date. Re-saving each
 * child recomputes its path from this (already updated) branch, and its own
 * afterChange then does the same one level down — all inside the request's
 * transaction, so a failure leaves the tree as it was.
 */
export const rebaseChildren: CollectionAfterChangeHook<Branch> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.path === doc.path) return doc
  const children = await req.payload.find({
    collection: 'branches',
    ...systemRead,
    req,
    select: {},
    where: { parent: { equals: doc.id } },
  })
  for (const child of children.docs) {
    await req.payload.update({ collection: 'branches', data: {}, id: child.id, overrideAccess: true, req })
  }
  return doc
}
