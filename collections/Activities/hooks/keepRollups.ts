import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Activity } from '../../../src/payload-types'
import { recomputeOrDefer, touched } from '../../../src/workflow/rollups'

/** Any create, edit, move, status change or delete recomputes the buckets it touched (in the same transaction). */
export const recomputeRollupsAfterChange: CollectionAfterChangeHook<Activity> = async ({ doc, previousDoc, req }) => {
  await recomputeOrDefer(req, touched(previousDoc, doc))
  return doc
}

export const recomputeRollupsAfterDelete: CollectionAfterDeleteHook<Activity> = async ({ doc, req }) => {
  await recomputeOrDefer(req, touched(doc))
  return doc
}
