import type { Access } from 'payload'

import { readableBranchIds } from '../../src/access/branchScope'
import { roleOf } from '../../src/access/roles'

/**
 * Head office reads every account; a manager reads their own and those of
 * their subtree; everybody else reads only themselves.
 */
export const readUsers: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (role === null || !req.user) return false
  if (role === 'admin' || role === 'compliance') return true
  const self = { id: { equals: req.user.id } }
  if (role !== 'manager') return self
  const ids = await readableBranchIds(req)
  if (ids === null) return true
  if (ids.length === 0) return self
  return { or: [self, { branch: { in: ids } }] }
}

/** Admin edits anyone; every other user only themselves (and never their role or branch: field access). */
export const updateUsers: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === null || !req.user) return false
  if (role === 'admin') return true
  return { id: { equals: req.user.id } }
}
