import type { CollectionAfterChangeHook } from 'payload'

import { relId } from '../../../src/access/branchScope'
import { dayOf } from '../../../src/domain/dates'
import { branchById } from '../../../src/lookups'
import { queueMail } from '../../../src/mail/send'
import { returnedMail } from '../../../src/mail/templates'
import type { Activity } from '../../../src/payload-types'
import { mailLink } from '../../../src/http'

/** The person who submitted the record (or filed it) hears that it was returned, and why. */
export const notifyWhenReturned: CollectionAfterChangeHook<Activity> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'returned' || previousDoc?.status === 'returned' || req.context?.workflowSystem === true) return doc
  const submitter = [...(doc.history ?? [])].reverse().find((h) => h.to === 'submitted')?.by ?? doc.createdBy
  const userId = relId(submitter)
  if (userId === null) return doc
  const user = await req.payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: userId, overrideAccess: true, req })
  if (!user?.email) return doc
  const branchId = relId(doc.branch)
  const branch = branchId === null ? null : await branchById(req, branchId)
  const mail = returnedMail({
    branch: branch?.name ?? '',
    by: (req.user as { name?: string | null; email?: string } | null)?.name || req.user?.email || '总行',
    date: dayOf(doc.date),
    reason: doc.returnReason ?? '',
    title: doc.title,
    url: mailLink(`/admin/collections/activities/${doc.id}`),
  })
  await queueMail(req, { ...mail, activities: [doc.id], branch: branchId, campaign: relId(doc.campaign), kind: 'returned', to: [user.email] })
  return doc
}
