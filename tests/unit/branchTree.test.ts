import { describe, expect, it } from 'vitest'

import { ancestorIds, childPath, isInSubtree, parentCycleProblem, rebasePath, ROOT_PATH } from '../../src/domain/branchTree'

describe('branch tree paths', () => {
  it('builds a child path from its parent', () => {
    expect(childPath(null, null)).toBe(ROOT_PATH)
    expect(childPath(1, '/')).toBe('/1/')
    expect(childPath(5, '/1/')).toBe('/1/5/')
    expect(ancestorIds('/1/5/')).toEqual(['1', '5'])
  })

  it('tells subtree membership by whole ids, not prefixes', () => {
    expect(isInSubtree({ id: 23, path: '/1/5/' }, 5)).toBe(true)
    expect(isInSubtree({ id: 5, path: '/1/' }, 5)).toBe(true)
    expect(isInSubtree({ id: 23, path: '/1/55/' }, 5)).toBe(false)
    expect(isInSubtree({ id: 23, path: '/15/' }, 5)).toBe(false)
  })

  it('refuses self and descendants as parent', () => {
    expect(parentCycleProblem(5, { id: 5, path: '/1/' })).toBe('self')
    expect(parentCycleProblem(5, { id: 23, path: '/1/5/' })).toBe('descendant')
    expect(parentCycleProblem(5, { id: 7, path: '/1/' })).toBeNull()
    expect(parentCycleProblem(undefined, { id: 7, path: '/1/' })).toBeNull()
  })

  it('rebases descendants of a moved branch', () => {
    expect(rebasePath('/1/5/23/', 5, '/1/', '/2/9/')).toBe('/2/9/5/23/')
    expect(rebasePath('/1/6/', 5, '/1/', '/2/')).toBe('/1/6/')
  })
})
