import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Activity } from '../../../src/payload-types'
import { nearPhotos, photoIds, recheckAround } from '../../../src/workflow/duplicatePhotos'

/** Photos on one side only: those a change added or removed. */
export const changedPhotos = (before: Pick<Activity, 'photos'> | undefined, after: Pick<Activity, 'photos'> | undefined): string[] => {
  const a = new Set(photoIds(before?.photos))
  const b = new Set(photoIds(after?.photos))
  return [...[...a].filter((p) => !b.has(p)), ...[...b].filter((p) => !a.has(p))]
}

/**
 * The record's own duplicate flag is set before it is saved (flagForReview);
 * here, the other records whose flag its new or removed photos may change are
 * checked again (src/workflow/duplicatePhotos.ts: a handful, however many
 * records share the photo).
 */
export const detectDuplicatePhotos: CollectionAfterChangeHook<Activity> = async ({ doc, operation, previousDoc, req }) => {
  const changed = changedPhotos(operation === 'create' ? undefined : previousDoc, doc)
  if (changed.length > 0) await recheckAround(req, await nearPhotos(req, changed), doc.id)
  return doc
}

export const releaseDuplicatePhotos: CollectionAfterDeleteHook<Activity> = async ({ doc, req }) => {
  const photos = photoIds(doc.photos)
  if (photos.length > 0) await recheckAround(req, await nearPhotos(req, photos), doc.id)
  return doc
}
