import type { CollectionBeforeChangeHook } from 'payload'

import type { Activity } from '../../../src/payload-types'

/** Remembers who filed the record (staff may later edit only their own drafts) and, for imports, where from. */
export const stampCreator: CollectionBeforeChangeHook<Activity> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (req.user) data.createdBy = req.user.id as Activity['createdBy']
  // an import tells which batch and spreadsheet row the record came from, so compliance can trace it back
  const origin = req.context?.importOrigin as { batch: Activity['importBatch']; row: number } | undefined
  if (origin) {
    data.importBatch = origin.batch
    data.importRow = origin.row
  }
  return data
}
