import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { crashPoint } from '../../../src/crashPoint'
import { isBulkChange } from '../../../src/hooks/boundBulkAnswers'
import type { Activity } from '../../../src/payload-types'
import { type Bucket, DEFER_KEY, deferred, inKeyOrder, recomputeBucket, recomputeOrDefer, touched } from '../../../src/workflow/rollups'

/** Any create, edit, move, status change or delete recomputes the buckets it touched (in the same transaction). */
export const recomputeRollupsAfterChange: CollectionAfterChangeHook<Activity> = async ({ doc, previousDoc, req }) => {
  crashPoint('activity-saved')
  await recomputeOrDefer(req, touched(previousDoc, doc))
  return doc
}

export const recomputeRollupsAfterDelete: CollectionAfterDeleteHook<Activity> = async ({ doc, req }) => {
  await recomputeOrDefer(req, touched(doc))
  return doc
}

/**
 * A bulk change (a reviewer approving or returning many records at once, a
 * bulk delete) recomputes each touched bucket once, at the end of the
 * operation and inside its transaction, instead of once per record.
 */
export const deferRollupsInBulk: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (isBulkChange(operation, args as { id?: unknown }) && !deferred(req)) req.context = { ...req.context, [DEFER_KEY]: new Map<string, Bucket>(), [OWNER]: true }
  return args
}

export const recomputeDeferredRollups: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  // after the operation the single-document ones are named updateByID / deleteByID: they never flush
  if ((operation !== 'update' && operation !== 'delete') || req.context?.[OWNER] !== true) return result
  const buckets = deferred(req)
  req.context = { ...req.context, [DEFER_KEY]: undefined, [OWNER]: undefined }
  for (const b of buckets ? inKeyOrder(buckets) : []) await recomputeBucket(req.payload, req, b)
  return result
}

const OWNER = 'bulkRollupsOwner'
