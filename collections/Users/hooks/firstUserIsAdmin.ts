import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../src/payload-types'

/**
 * The account made on an empty database (the admin's "create first user"
 * screen) is the administrator: nobody else could ever give out roles.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
