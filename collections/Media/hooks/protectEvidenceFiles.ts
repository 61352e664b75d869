import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { roleOf } from '../../../src/access/roles'
import { t } from '../../../src/i18n/messages'
import { systemRead } from '../../../src/lookups'
import type { Media } from '../../../src/payload-types'
import { assertNotLocked } from '../../../src/workflow/monthLock'

/**
 * Evidence is fixed once it counts: a photo attached to a submitted or
 * approved record (403), or to any record dated in a closed month (423), is
 * neither replaced by a new file nor deleted — except by admin. Its
 * description may still be edited; changing which photos a record shows is a
 * change of the record, with its own checks and history.
 */
const assertNotCountingEvidence = async (req: PayloadRequest, id: number | string) => {
  if (!req.user || roleOf(req.user) === 'admin') return
  const users = await req.payload.find({
    collection: 'activities',
    ...systemRead,
    req,
    select: { branch: true, campaign: true, date: true, status: true },
    where: { photos: { equals: id } },
  })
  const counted = users.docs.filter((d) => d.status === 'submitted' || d.status === 'approved')
  if (counted.length > 0) {
    throw new APIError(t(req, 'evidenceInUse', { records: counted.slice(0, 5).map((d) => `#${d.id}`).join(', ') }), 403, { field: 'file' }, true)
  }
  await assertNotLocked(req, ...users.docs.map((d) => ({ branch: d.branch, campaign: d.campaign, date: d.date })))
}

export const refuseReplacingEvidence: CollectionBeforeChangeHook<Media> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && req.file && originalDoc) await assertNotCountingEvidence(req, originalDoc.id)
  return data
}

export const refuseDeletingEvidence: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await assertNotCountingEvidence(req, id)
}
