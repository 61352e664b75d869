import type { Access, Where } from 'payload'

import { readableBranchIds } from '../../src/access/branchScope'
import { roleOf } from '../../src/access/roles'
import { scopeTo } from '../../src/access/scopeTo'

/**
 * Head office reads every import (to trace a record back to its file and
 * row); a manager those uploaded from their subtree; staff their own.
 */
export const readImportBatches: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (!req.user || role === null) return false
  if (role === 'admin' || role === 'compliance') return true
  if (role === 'manager') {
    const scope = scopeTo('uploaderBranch', await readableBranchIds(req))
    const own: Where = { uploadedBy: { equals: req.user.id } }
    if (scope === true) return true
    return scope === false ? own : { or: [scope, own] }
  }
  if (role === 'staff') return { uploadedBy: { equals: req.user.id } }
  return false
}
