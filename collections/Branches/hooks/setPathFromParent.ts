import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { Branch } from '../../../src/payload-types'
import { childPath, parentCycleProblem } from '../../../src/domain/branchTree'
import { relId } from '../../../src/access/branchScope'
import { t } from '../../../src/i18n/messages'

/**
 * Keeps `path` (the ancestors' ids) in step with `parent`, and refuses a parent
 * that is the branch itself or one of its descendants — a cycle would make a
 * subtree endless.
 */
export const setPathFromParent: CollectionBeforeChangeHook<Branch> = async ({ data, originalDoc, req }) => {
  const parentId = relId(data.parent !== undefined ? data.parent : originalDoc?.parent)
  if (parentId === null) {
    data.path = childPath(null, null)
    return data
  }
  const parent = await req.payload.findByID({
    collection: 'branches',
    depth: 0,
    disableErrors: true,
    id: parentId,
    overrideAccess: true,
    req,
    select: { path: true },
  })
  const fail = (message: string): never => {
    throw new ValidationError({
      collection: 'branches',
      errors: [{ message, path: 'parent' }],
      req,
    })
  }
  if (!parent) return fail(t(req, 'parentNotFound'))
  const problem = parentCycleProblem(originalDoc?.id, { id: parent.id, path: parent.path })
  if (problem === 'self') return fail(t(req, 'parentIsSelf'))
  if (problem === 'descendant') return fail(t(req, 'parentIsDescendant'))
  data.path = childPath(parent.id, parent.path)
  return data
}
