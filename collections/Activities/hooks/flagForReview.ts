import type { CollectionBeforeChangeHook } from 'payload'

import { type Flag, outlierFlags } from '../../../src/domain/workflow'
import { settingsFor } from '../../../src/globals/WorkflowSettings'
import type { Activity } from '../../../src/payload-types'
import { photoIds, sharesPhoto, withDuplicateFlag } from '../../../src/workflow/duplicatePhotos'
import { changedPhotos } from './detectDuplicatePhotos'

/**
 * Figures that look implausible under compliance's rules are flagged for
 * review (never refused), and so is a photo another record also shows
 * (looked up when the photos change; otherwise the flag stays as the photo
 * check last left it). `flaggedAt` marks when a record first became flagged,
 * for the digest.
 */
export const flagForReview: CollectionBeforeChangeHook<Activity> = async ({ data, operation, originalDoc, req }) => {
  if (req.context?.workflowSystem === true) return data
  const merged = { ...originalDoc, ...data } as Activity
  const outliers: Flag[] = outlierFlags(merged, await settingsFor(req))
  const photosChanged = operation === 'create' || (data.photos !== undefined && changedPhotos(originalDoc, merged).length > 0)
  const duplicate = photosChanged
    ? await sharesPhoto(req, photoIds(merged.photos), operation === 'create' ? undefined : originalDoc?.id)
    : (originalDoc?.flags ?? []).includes('duplicate-photo')
  Object.assign(data, withDuplicateFlag(originalDoc, outliers, duplicate))
  return data
}
