import type { Access, Where } from 'payload'

import { readableBranchIds, writableBranchIds } from '../../src/access/branchScope'
import { roleOf } from '../../src/access/roles'

/**
 * Files without a branch (material covers, leaflets) are for every signed-in
 * user, and those marked public (what editors publish) for everyone; evidence
 * photos carry the uploader's branch and follow branch scope, never public,
 * and editors do not see them.
 */
export const readMedia: Access = async ({ req }): Promise<boolean | Where> => {
  const role = roleOf(req.user)
  if (role === null) return { public: { equals: true } }
  // editors work on materials: evidence (a file with a branch) is invisible to them
  if (role === 'editor') return { branch: { exists: false } }
  const ids = await readableBranchIds(req)
  if (ids === null) return true
  const shared = { branch: { exists: false } }
  return ids.length === 0 ? shared : { or: [shared, { branch: { in: ids } }] }
}

/** Admin manages every file; editors the files that are not evidence; branch roles the files of the branches they work for. */
export const changeMedia: Access = async ({ req }): Promise<boolean | Where> => {
  const role = roleOf(req.user)
  if (role === 'admin') return true
  if (role === 'editor') return { branch: { exists: false } }
  if (role !== 'manager' && role !== 'staff') return false
  const ids = await writableBranchIds(req)
  if (ids === null) return true
  if (ids.length === 0) return false
  if (role === 'staff' && req.user) return { and: [{ branch: { in: ids } }, { uploadedBy: { equals: req.user.id } }] }
  return { branch: { in: ids } }
}
