import type { Access, Where } from 'payload'

import { readableBranchIds, writableBranchIds } from '../../src/access/branchScope'
import { roleOf } from '../../src/access/roles'

/**
 * Files without a branch (material covers, leaflets) are for every signed-in
 * user, and those marked public (what editors publish) for everyone; evidence
 * photos carry the uploader's branch and follow branch scope, never public.
 */
export const readMedia: Access = async ({ req }): Promise<boolean | Where> => {
  if (roleOf(req.user) === null) return { public: { equals: true } }
  const ids = await readableBranchIds(req)
  if (ids === null) return true
  const shared = { branch: { exists: false } }
  return ids.length === 0 ? shared : { or: [shared, { branch: { in: ids } }] }
}

/** Editors and admin manage every file; branch roles the files of the branches they work for. */
export const changeMedia: Access = async ({ req }): Promise<boolean | Where> => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role !== 'manager' && role !== 'staff') return false
  const ids = await writableBranchIds(req)
  if (ids === null) return true
  if (ids.length === 0) return false
  if (role === 'staff' && req.user) return { and: [{ branch: { in: ids } }, { uploadedBy: { equals: req.user.id } }] }
  return { branch: { in: ids } }
}
