/**
 * The access predicates on their own, with a request stub whose `payload.find`
 * answers the one branch query they make. What they return decides every
 * read and write; the int and http suites check the same rules end to end.
 */
import type { PayloadRequest, Where } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { createActivities, deleteActivities, notCompliance, readActivities, readActivityVersions, updateActivities } from '../../collections/Activities/access'
import { readBranches } from '../../collections/Branches/access'
import { changeMedia, readMedia } from '../../collections/Media/access'
import { editMaterials, readMaterials, readMaterialVersions } from '../../collections/Materials/access'
import { readUsers, updateUsers } from '../../collections/Users/access'
import { readableBranchIds, subtreeIds, writableBranchIds } from '../../src/access/branchScope'
import { hasRole, isAdmin, isSignedIn, roleOf } from '../../src/access/roles'
import { scopeTo } from '../../src/access/scopeTo'
import type { Role } from '../../src/domain/vocabulary'

// Branch 3 (a sub-branch) has outlets 4 and 5.
const SUBTREE: Record<number, number[]> = { 3: [3, 4, 5], 4: [4], 9: [9] }

const reqFor = (role: Role | null, branch: number | null = null, id = 42) => {
  const find = vi.fn(async ({ where }: { where: Where }) => {
    const root = Number((where.or as Array<{ id?: { equals: number } }>)[0]!.id!.equals)
    return { docs: (SUBTREE[root] ?? [root]).map((x) => ({ id: x })) }
  })
  const user = role === null ? null : { branch, collection: 'users', email: 'u@x', id, role }
  return { find, req: { payload: { find }, user } as unknown as PayloadRequest }
}
const run = (fn: (args: { req: PayloadRequest }) => unknown, role: Role | null, branch: number | null = null) =>
  fn({ req: reqFor(role, branch).req })

describe('roles', () => {
  it('knows only real roles', () => {
    expect(roleOf({ role: 'manager' } as never)).toBe('manager')
    expect(roleOf({ role: 'root' } as never)).toBeNull()
    expect(roleOf(null)).toBeNull()
    expect(isAdmin({ req: reqFor('admin').req } as never)).toBe(true)
    expect(isAdmin({ req: reqFor('compliance').req } as never)).toBe(false)
    expect(hasRole('editor', 'admin')({ req: reqFor('editor').req } as never)).toBe(true)
    expect(isSignedIn({ req: reqFor(null).req })).toBe(false)
  })

  it('turns a scope into an access result, never an empty `in`', () => {
    expect(scopeTo('branch', null)).toBe(true)
    expect(scopeTo('branch', [])).toBe(false)
    expect(scopeTo('branch', [1, 2])).toEqual({ branch: { in: [1, 2] } })
  })
})

describe('branch scope', () => {
  it('asks the database once per request', async () => {
    const { find, req } = reqFor('manager', 3)
    expect(await subtreeIds(req, 3)).toEqual([3, 4, 5])
    expect(await readableBranchIds(req)).toEqual([3, 4, 5])
    expect(await writableBranchIds(req)).toEqual([3, 4, 5])
    expect(find).toHaveBeenCalledTimes(1)
  })

  it('staff write only to their own branch; head office is unrestricted; no branch means nothing', async () => {
    expect(await writableBranchIds(reqFor('staff', 4).req)).toEqual([4])
    expect(await readableBranchIds(reqFor('compliance', 1).req)).toBeNull()
    expect(await writableBranchIds(reqFor('compliance', 1).req)).toEqual([])
    expect(await writableBranchIds(reqFor('admin').req)).toBeNull()
    expect(await readableBranchIds(reqFor('manager', null).req)).toEqual([])
  })
})

describe('collection predicates per role', () => {
  it('activities', async () => {
    expect(await run(readActivities, 'admin')).toBe(true)
    expect(await run(readActivities, 'compliance', 1)).toBe(true)
    expect(await run(readActivities, 'manager', 3)).toEqual({ branch: { in: [3, 4, 5] } })
    expect(await run(readActivities, 'staff', 4)).toEqual({ branch: { in: [4] } })
    expect(await run(readActivities, 'editor')).toBe(false)
    expect(await run(readActivities, null)).toBe(false)
    expect(await run(readActivityVersions, 'manager', 3)).toEqual({ 'version.branch': { in: [3, 4, 5] } })
    expect(await run(createActivities, 'staff', 4)).toBe(true)
    expect(await run(createActivities, 'compliance', 1)).toBe(false)
    expect(await run(createActivities, 'editor')).toBe(false)
    expect(await run(updateActivities, 'compliance', 1)).toBe(true)
    expect(await run(updateActivities, 'staff', 4)).toEqual({
      and: [{ branch: { in: [4] } }, { createdBy: { equals: 42 } }, { status: { in: ['draft', 'returned', 'submitted'] } }],
    })
    expect(await run(deleteActivities, 'manager', 3)).toEqual({ branch: { in: [3, 4, 5] } })
    expect(await run(deleteActivities, 'staff', 4)).toBe(false)
    expect(await run(deleteActivities, 'compliance', 1)).toBe(false)
    expect(notCompliance({ req: reqFor('compliance', 1).req } as never)).toBe(false)
    expect(notCompliance({ req: reqFor('manager', 3).req } as never)).toBe(true)
  })

  it('branches', async () => {
    expect(await run(readBranches, 'editor')).toBe(true)
    expect(await run(readBranches, 'manager', 3)).toEqual({ id: { in: [3, 4, 5] } })
    expect(await run(readBranches, 'staff', 9)).toEqual({ id: { in: [9] } })
    expect(await run(readBranches, null)).toBe(false)
  })

  it('users', async () => {
    expect(await run(readUsers, 'compliance', 1)).toBe(true)
    expect(await run(readUsers, 'manager', 3)).toEqual({ or: [{ id: { equals: 42 } }, { branch: { in: [3, 4, 5] } }] })
    expect(await run(readUsers, 'staff', 4)).toEqual({ id: { equals: 42 } })
    expect(await run(readUsers, 'editor')).toEqual({ id: { equals: 42 } })
    expect(await run(readUsers, null)).toBe(false)
    expect(await run(updateUsers, 'admin')).toBe(true)
    expect(await run(updateUsers, 'manager', 3)).toEqual({ id: { equals: 42 } })
  })

  it('materials', async () => {
    for (const role of ['admin', 'editor', 'compliance'] as const) expect(await run(readMaterials, role)).toBe(true)
    for (const role of ['manager', 'staff', null] as const) expect(await run(readMaterials, role, 4)).toEqual({ _status: { equals: 'published' } })
    expect(await run(readMaterialVersions, 'compliance')).toBe(true)
    expect(await run(readMaterialVersions, 'staff', 4)).toBe(false)
    expect(await run(editMaterials, 'editor')).toBe(true)
    expect(await run(editMaterials, 'compliance')).toBe(false)
    expect(await run(editMaterials, null)).toBe(false)
  })

  it('media', async () => {
    // editors work on materials: evidence (files with a branch) is invisible and unchangeable to them
    expect(await run(readMedia, 'editor')).toEqual({ branch: { exists: false } })
    expect(await run(readMedia, 'admin')).toBe(true)
    expect(await run(readMedia, 'staff', 4)).toEqual({ or: [{ branch: { exists: false } }, { branch: { in: [4] } }] })
    expect(await run(readMedia, null)).toEqual({ public: { equals: true } })
    expect(await run(changeMedia, 'editor')).toEqual({ branch: { exists: false } })
    expect(await run(changeMedia, 'admin')).toBe(true)
    expect(await run(changeMedia, 'manager', 3)).toEqual({ branch: { in: [3, 4, 5] } })
    expect(await run(changeMedia, 'staff', 4)).toEqual({ and: [{ branch: { in: [4] } }, { uploadedBy: { equals: 42 } }] })
    expect(await run(changeMedia, 'compliance', 1)).toBe(false)
  })
})
