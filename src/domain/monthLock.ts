/** Month locks as pure data: which lock, if any, covers a branch. */
import { ancestorIds, type BranchId } from './branchTree'

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

export type LockLike = { branches?: ReadonlyArray<BranchId> | null; id: BranchId }

/** The first lock covering the branch: one with no branches covers all; a listed branch covers its subtree. */
export const coveringLock = <L extends LockLike>(
  locks: ReadonlyArray<L>,
  branch: { id: BranchId; path?: string | null },
): L | null => {
  const lineage = new Set([String(branch.id), ...ancestorIds(branch.path)])
  return locks.find((l) => (l.branches ?? []).length === 0 || (l.branches ?? []).some((b) => lineage.has(String(b)))) ?? null
}
