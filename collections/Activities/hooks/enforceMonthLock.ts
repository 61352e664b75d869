import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { UNDO_IMPORT } from '../../../src/import/undo'
import type { Activity } from '../../../src/payload-types'
import { assertNotFrozen } from '../../../src/returns/freeze'
import { assertNotLocked } from '../../../src/workflow/monthLock'

/** No record dated in a closed month, or in a month its branch's return has signed off, is created, changed, moved in or out, or deleted (except by admin). */
export const refuseChangesInClosedMonth: CollectionBeforeChangeHook<Activity> = async ({ data, operation, originalDoc, req }) => {
  const next = { branch: data.branch ?? originalDoc?.branch, campaign: data.campaign ?? originalDoc?.campaign, date: data.date ?? originalDoc?.date }
  const places = operation === 'update' && originalDoc ? [originalDoc, next] : [next]
  await assertNotLocked(req, ...places)
  // a month signed off up the tree is frozen too (src/returns/freeze.ts)
  await assertNotFrozen(req, ...places)
  return data
}

export const refuseDeleteInClosedMonth: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // an import that failed is taken back whole (src/import/undo.ts), even where the month closed while it ran
  if (req.context?.[UNDO_IMPORT]) return
  const doc = await req.payload.findByID({ collection: 'activities', depth: 0, disableErrors: true, id, overrideAccess: true, req })
  if (doc) {
    await assertNotLocked(req, doc)
    await assertNotFrozen(req, doc)
  }
}
