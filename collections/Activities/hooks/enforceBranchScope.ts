import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { relId, writableBranchIds } from '../../../src/access/branchScope'
import { roleOf } from '../../../src/access/roles'
import { t } from '../../../src/i18n/messages'
import type { Activity } from '../../../src/payload-types'

/**
 * The record's branch — the one sent, or the one it has — must be one the user
 * works for. Creating a record for another branch, or moving one there, is
 * refused with 403 whatever the request body says.
 */
export const enforceBranchScope: CollectionBeforeChangeHook<Activity> = async ({ data, originalDoc, req }) => {
  const role = roleOf(req.user)
  if (role !== 'manager' && role !== 'staff') return data
  if (req.context?.workflowSystem === true) return data
  const allowed = await writableBranchIds(req)
  if (allowed === null) return data
  const target = relId(data.branch ?? originalDoc?.branch)
  if (target === null || !allowed.some((id) => String(id) === String(target))) {
    const scope = t(req, role === 'staff' ? 'yourOwnBranch' : 'yourSubtree')
    throw new APIError(t(req, 'branchNotInScope', { scope }), 403, undefined, true)
  }
  return data
}
