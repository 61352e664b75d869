import type { CollectionBeforeChangeHook } from 'payload'

import { type Flag, outlierFlags } from '../../../src/domain/workflow'
import { settingsFor } from '../../../src/globals/WorkflowSettings'
import type { Activity } from '../../../src/payload-types'

/**
 * Figures that look implausible under compliance's rules are flagged for
 * review (never refused). The duplicate-photo flag is kept as the photo check
 * left it. `flaggedAt` marks when a record first became flagged, for the digest.
 */
export const flagForReview: CollectionBeforeChangeHook<Activity> = async ({ data, originalDoc, req }) => {
  if (req.context?.workflowSystem === true) return data
  const merged = { ...originalDoc, ...data } as Activity
  const flags: Flag[] = outlierFlags(merged, await settingsFor(req))
  if ((originalDoc?.flags ?? []).includes('duplicate-photo') && (merged.duplicateOf ?? []).length > 0) flags.push('duplicate-photo')
  data.flags = flags
  const wasFlagged = (originalDoc?.flags ?? []).length > 0
  if (flags.length === 0) data.flaggedAt = null
  else if (!wasFlagged) data.flaggedAt = new Date().toISOString()
  return data
}
