import type { CollectionAfterChangeHook } from 'payload'

import { relId } from '../../../src/access/branchScope'
import type { Activity } from '../../../src/payload-types'
import { relinkDuplicatePhotos } from '../../../src/workflow/duplicatePhotos'

const photoKey = (a: Pick<Activity, 'photos'> | undefined) =>
  (a?.photos ?? []).map((p) => String(relId(p))).sort().join()

/** When a record's photos change, the same photo used on another record flags both (a common way of padding reports). */
export const detectDuplicatePhotos: CollectionAfterChangeHook<Activity> = async ({ doc, operation, previousDoc, req }) => {
  if (req.context?.workflowSystem === true) return doc
  if (operation === 'update' && photoKey(previousDoc) === photoKey(doc)) return doc
  if (operation === 'create' && (doc.photos ?? []).length === 0) return doc
  const linked = await relinkDuplicatePhotos(req, doc)
  return { ...doc, duplicateOf: linked.duplicateOf, flaggedAt: linked.flaggedAt, flags: linked.flags }
}
