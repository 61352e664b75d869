import type { Id } from '../ids'

/**
 * The branch tree as materialised paths. Each branch stores `path`: the ids of
 * its ancestors, root first, wrapped in slashes ("/1/5/" for a branch whose
 * parent is 5 and grandparent 1; "/" for a root). Then
 *   subtree(X) = { X } ∪ { b : b.path contains "/X/" }
 * which is one indexed query on any database adapter. Pure functions only.
 */
export type BranchId = Id

export const ROOT_PATH = '/'

/** Path of a child whose parent has id `parentId` and path `parentPath`. */
export const childPath = (parentId: BranchId | null | undefined, parentPath: string | null | undefined): string =>
  parentId === null || parentId === undefined ? ROOT_PATH : `${parentPath ?? ROOT_PATH}${String(parentId)}/`

/** The segment that every descendant of `id` carries in its path. */
export const pathSegment = (id: BranchId): string => `/${String(id)}/`

export const ancestorIds = (path: string | null | undefined): string[] =>
  (path ?? ROOT_PATH).split('/').filter((s) => s.length > 0)

export const isInSubtree = (
  branch: { id: BranchId; path?: string | null },
  rootId: BranchId,
): boolean => String(branch.id) === String(rootId) || ancestorIds(branch.path).includes(String(rootId))

/**
 * Why `parentId` cannot be the parent of `branchId`, or null if it can.
 * A branch may not be its own parent nor sit under one of its own descendants.
 */
export const parentCycleProblem = (
  branchId: BranchId | undefined,
  parent: { id: BranchId; path?: string | null } | null,
): 'self' | 'descendant' | null => {
  if (branchId === undefined || parent === null) return null
  if (String(parent.id) === String(branchId)) return 'self'
  if (ancestorIds(parent.path).includes(String(branchId))) return 'descendant'
  return null
}

/**
 * New path for every descendant after `movedId`'s path changed from `oldPath`
 * to `newPath`: the prefix up to and including the moved branch is replaced.
 */
export const rebasePath = (descendantPath: string, movedId: BranchId, oldPath: string, newPath: string): string => {
  const oldPrefix = `${oldPath}${String(movedId)}/`
  const newPrefix = `${newPath}${String(movedId)}/`
  return descendantPath.startsWith(oldPrefix) ? newPrefix + descendantPath.slice(oldPrefix.length) : descendantPath
}
