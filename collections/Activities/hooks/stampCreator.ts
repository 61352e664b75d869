import type { CollectionBeforeChangeHook } from 'payload'

import type { Activity } from '../../../src/payload-types'

/** Remembers who filed the record: staff may later edit only their own drafts. */
export const stampCreator: CollectionBeforeChangeHook<Activity> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) {
    data.createdBy = req.user.id as Activity['createdBy']
  }
  return data
}
