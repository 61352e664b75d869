import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { Activity } from '../../../src/payload-types'
import { assertNotLocked } from '../../../src/workflow/monthLock'

/** No record dated in a closed month is created, changed, moved in or out, or deleted (except by admin). */
export const refuseChangesInClosedMonth: CollectionBeforeChangeHook<Activity> = async ({ data, operation, originalDoc, req }) => {
  const next = { branch: data.branch ?? originalDoc?.branch, campaign: data.campaign ?? originalDoc?.campaign, date: data.date ?? originalDoc?.date }
  if (operation === 'update' && originalDoc) await assertNotLocked(req, originalDoc, next)
  else await assertNotLocked(req, next)
  return data
}

export const refuseDeleteInClosedMonth: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'activities', depth: 0, disableErrors: true, id, overrideAccess: true, req })
  if (doc) await assertNotLocked(req, doc)
}
