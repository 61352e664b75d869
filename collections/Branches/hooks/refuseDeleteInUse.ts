import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { t } from '../../../src/i18n/messages'

/**
 * A branch with sub-branches, users or activity records is history that reports
 * depend on: it can be deactivated, not deleted.
 */
export const refuseDeleteInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const children = await req.payload.count({
    collection: 'branches',
    overrideAccess: true,
    req,
    where: { parent: { equals: id } },
  })
  if (children.totalDocs > 0) throw new APIError(t(req, 'branchHasChildren', { count: children.totalDocs }), 409, undefined, true)
  const [activities, users] = await Promise.all([
    req.payload.count({ collection: 'activities', overrideAccess: true, req, where: { branch: { equals: id } } }),
    req.payload.count({ collection: 'users', overrideAccess: true, req, where: { branch: { equals: id } } }),
  ])
  const inUse = activities.totalDocs + users.totalDocs
  if (inUse > 0) throw new APIError(t(req, 'branchHasRecords', { count: inUse }), 409, undefined, true)
}
