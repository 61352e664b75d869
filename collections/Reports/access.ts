import type { Access } from 'payload'

import { readableBranchIds } from '../../src/access/branchScope'
import { roleOf } from '../../src/access/roles'

/** Head office reads every report; a manager the reports whose scope is inside their subtree. */
export const readReports: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'compliance') return true
  if (role !== 'manager') return false
  const ids = await readableBranchIds(req)
  if (ids === null) return true
  if (ids.length === 0) return false
  return { scope: { in: ids } }
}
