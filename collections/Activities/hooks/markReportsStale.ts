import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Activity } from '../../../src/payload-types'
import { markStaleReports } from '../../../src/reports/generate'
import { markReturnsStale } from '../../../src/returns/freeze'
import { bucketOf } from '../../../src/workflow/rollups'

const approvedChange = async (req: Parameters<CollectionAfterChangeHook>[0]['req'], docs: Array<Activity | undefined>) => {
  for (const d of docs) {
    if (d?.status !== 'approved') continue
    const b = bucketOf(d)
    if (!b) continue
    await markStaleReports(req, b.campaign, b.month, b.branch)
    await markReturnsStale(req, b.campaign, b.month, b.branch)
  }
}

/** An approved record created, changed, un-approved or deleted after a report was made final (or its month signed off) marks that report (and those returns) stale. */
export const markReportsStaleAfterChange: CollectionAfterChangeHook<Activity> = async ({ doc, previousDoc, req }) => {
  if (req.context?.workflowSystem === true) return doc
  await approvedChange(req, [previousDoc, doc])
  return doc
}

export const markReportsStaleAfterDelete: CollectionAfterDeleteHook<Activity> = async ({ doc, req }) => {
  await approvedChange(req, [doc])
  return doc
}
