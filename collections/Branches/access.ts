import type { Access } from 'payload'

import { readableBranchIds } from '../../src/access/branchScope'
import { scopeTo } from '../../src/access/scopeTo'

/** Head office sees every branch; a branch role sees its own subtree. */
export const readBranches: Access = async ({ req }) => {
  if (!req.user) return false
  return scopeTo('id', await readableBranchIds(req))
}
