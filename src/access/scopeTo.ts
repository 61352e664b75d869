import type { Where } from 'payload'

import type { BranchId } from '../domain/branchTree'

/**
 * Turns a branch scope into an access result: null = unrestricted, [] = nothing,
 * otherwise a where clause on `field` (never an empty `in`, which adapters treat
 * differently).
 */
export const scopeTo = (field: string, ids: BranchId[] | null): boolean | Where => {
  if (ids === null) return true
  if (ids.length === 0) return false
  return { [field]: { in: ids } }
}
