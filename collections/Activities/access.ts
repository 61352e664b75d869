import type { Access, FieldAccess } from 'payload'

import { readableBranchIds, writableBranchIds } from '../../src/access/branchScope'
import { roleOf } from '../../src/access/roles'
import { scopeTo } from '../../src/access/scopeTo'

export const readActivities: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'compliance') return true
  if (role === 'manager' || role === 'staff') return scopeTo('branch', await readableBranchIds(req))
  return false
}

/** Who may file records at all; which branch they may file for is checked by enforceBranchScope. */
/** Versions keep the record's branch under `version.`: the same scope, one level down. */
export const readActivityVersions: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'compliance') return true
  if (role === 'manager' || role === 'staff') return scopeTo('version.branch', await readableBranchIds(req))
  return false
}

export const createActivities: Access = ({ req }) => {
  const role = roleOf(req.user)
  return role === 'admin' || role === 'manager' || role === 'staff'
}

/**
 * Compliance may update (its status, see complianceEditsStatusOnly); managers
 * their subtree's records; staff only their own records that are still drafts
 * or were returned to them — and their submitted ones, to withdraw them
 * (applyWorkflow refuses any other change of a submitted record by staff).
 */
export const updateActivities: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'compliance') return true
  if (role === 'manager') return scopeTo('branch', await writableBranchIds(req))
  if (role === 'staff' && req.user) {
    const scope = scopeTo('branch', await writableBranchIds(req))
    if (scope === false) return false
    return {
      and: [
        scope === true ? {} : scope,
        { createdBy: { equals: req.user.id } },
        { status: { in: ['draft', 'returned', 'submitted'] } },
      ],
    }
  }
  return false
}

export const deleteActivities: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin') return true
  if (role === 'manager') return scopeTo('branch', await writableBranchIds(req))
  return false
}

/** Compliance reviews records: it changes their status, never what branches reported. */
export const notCompliance: FieldAccess = ({ req }) => roleOf(req.user) !== 'compliance'
