import { describe, expect, it } from 'vitest'

import { canonical, entryHash, GENESIS, normalise, verifyChain } from '../../src/domain/auditChain'
import { availableReturnActions, deadlineOf, mayAct, pendingChildren, reminderFrom, returnTree, timelinessByLevel, type ReturnFacts, type TreeNode } from '../../src/domain/returns'
import { isReviewer, reviewNodes } from '../../src/domain/workflow'

// HO(1) > A(2) > A1(3) > A1-O1(4), A1-O2(5); A > A2(6) > A2-O1(7); HO > B(8) > B1(9) > B1-O1(10); C(11) alone
const nodes: TreeNode[] = [
  { code: 'A', id: 2, level: 'branch', name: 'A', parent: 1, path: '/1/' },
  { code: 'A1', id: 3, level: 'sub-branch', name: 'A1', parent: 2, path: '/1/2/' },
  { code: 'A1-O1', id: 4, level: 'outlet', name: 'A1-O1', parent: 3, path: '/1/2/3/' },
  { code: 'A1-O2', id: 5, level: 'outlet', name: 'A1-O2', parent: 3, path: '/1/2/3/' },
  { code: 'A2', id: 6, level: 'sub-branch', name: 'A2', parent: 2, path: '/1/2/' },
  { code: 'A2-O1', id: 7, level: 'outlet', name: 'A2-O1', parent: 6, path: '/1/2/6/' },
  { code: 'B', id: 8, level: 'branch', name: 'B', parent: 1, path: '/1/' },
  { code: 'B1', id: 9, level: 'sub-branch', name: 'B1', parent: 8, path: '/1/8/' },
  { code: 'B1-O1', id: 10, level: 'outlet', name: 'B1-O1', parent: 9, path: '/1/8/9/' },
  { active: false, code: 'B1-O2', id: 12, level: 'outlet', name: 'closed', parent: 9, path: '/1/8/9/' },
]

describe('deadlines', () => {
  it('fall at the end of the day (Beijing) of the following month, per level; outlets and head office file none', () => {
    expect(deadlineOf('2026-10', 'sub-branch', null)).toBe('2026-11-05T15:59:59.999Z')
    expect(deadlineOf('2026-12', 'branch', { branch: 10 })).toBe('2027-01-10T15:59:59.999Z')
    expect(deadlineOf('2026-10', 'outlet', null)).toBeNull()
    expect(deadlineOf('2026-10', 'head-office', null)).toBeNull()
    // the reminder opens at the start of the day N days before, Beijing time
    expect(reminderFrom('2026-11-05T15:59:59.999Z', { remindDaysBefore: 2 })).toBe('2026-11-02T16:00:00.000Z')
  })
})

describe('the returns tree', () => {
  const at = (iso: string) => iso
  const returns = new Map<string, ReturnFacts>([
    ['3', { firstSubmittedAt: at('2026-11-04T02:00:00Z'), status: 'accepted' }],
    ['6', { firstSubmittedAt: at('2026-11-06T02:00:00Z'), status: 'submitted' }],
    ['9', { status: 'returned' }],
  ])
  const rows = returnTree(nodes, new Set(['4', '5', '10']), returns, '2026-10', null, new Date('2026-11-10T00:00:00Z'))
  const row = (code: string) => rows.find((r) => r.code === code)!

  it('expects a return of every node with nodes below it, in tree order with depths', () => {
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.code}${r.expected ? '*' : ''}`)).toEqual(['A*', '  A1*', '    A1-O1', '    A1-O2', '  A2*', '    A2-O1', 'B*', '  B1*', '    B1-O1'])
    expect(row('A1-O1')).toMatchObject({ expected: false, hasRecords: true, status: null })
  })

  it('gives each node on time or late, and each subtree its reporting and on-time rates', () => {
    expect(row('A1')).toMatchObject({ late: false, onTime: true })
    // A2 came in after its 5 November deadline
    expect(row('A2')).toMatchObject({ late: true, onTime: false })
    // A never filed and its 8 November deadline has passed; B1 was returned
    expect(row('A')).toMatchObject({ late: true, onTime: null, status: 'open' })
    expect(row('A').subtree).toEqual({ accepted: 1, expected: 3, onTime: 1, reported: 2 })
    expect(row('A').reportingRate).toBeCloseTo(2 / 3)
    expect(row('A').onTimeRate).toBeCloseTo(1 / 3)
    expect(row('B').subtree).toEqual({ accepted: 0, expected: 2, onTime: 0, reported: 0 })
    expect(timelinessByLevel(rows)).toEqual([
      { expected: 2, level: 'branch', onTime: 0, onTimeRate: 0, reported: 0, reportingRate: 0 },
      { expected: 3, level: 'sub-branch', onTime: 1, onTimeRate: 1 / 3, reported: 2, reportingRate: 2 / 3 },
    ])
  })

  it('holds a node up while a node below it is not accepted', () => {
    expect(pendingChildren(rows, 2).map((r) => r.code)).toEqual(['A2'])
    expect(pendingChildren(rows, 3)).toEqual([])
  })

  it('offers each role the steps it may take now', () => {
    const managerA1 = { branch: 3, role: 'manager' as const }
    const managerA = { branch: 2, role: 'manager' as const }
    expect(availableReturnActions(managerA1, row('A1'), 0)).toEqual([])
    expect(availableReturnActions(managerA, row('A1'), 5)).toEqual(['return'])
    expect(availableReturnActions(managerA, row('A2'), 0)).toEqual(['accept', 'return'])
    expect(availableReturnActions({ branch: 9, role: 'manager' }, row('B1'), 3)).toEqual(['submit'])
    // the level above may submit for a node below (one without a manager of its own), or mark one without records as having had no activity
    expect(availableReturnActions({ branch: 8, role: 'manager' }, row('B1'), 0)).toEqual(['submit', 'no-activity'])
    expect(availableReturnActions({ branch: 8, role: 'manager' }, row('B1'), 3)).toEqual(['submit'])
    // compliance accepts the top-level branches and returns anything; staff nothing
    expect(mayAct('accept', { branch: 1, role: 'compliance' }, { id: 2, level: 'branch', parent: 1, path: '/1/' }, true)).toBe(true)
    expect(mayAct('accept', { branch: 1, role: 'compliance' }, { id: 3, level: 'sub-branch', parent: 2, path: '/1/2/' }, false)).toBe(false)
    expect(mayAct('return', { branch: 1, role: 'compliance' }, { id: 3, level: 'sub-branch', parent: 2, path: '/1/2/' }, false)).toBe(true)
    expect(mayAct('submit', { branch: 4, role: 'staff' }, { id: 3, level: 'sub-branch', parent: 2, path: '/1/2/' }, false)).toBe(false)
  })
})

describe('who reviews a record', () => {
  const outlet = { id: 4, path: '/1/2/3/' }
  it('follows the campaign level', () => {
    expect(reviewNodes('supervising', outlet)).toEqual(['1', '2', '3'])
    expect(reviewNodes('own', outlet)).toEqual(['1', '2', '3', '4'])
    expect(reviewNodes('head-office', outlet)).toEqual([])
    const reviewer = (role: 'compliance' | 'manager' | 'staff', userBranch: number, level: 'head-office' | 'own' | 'supervising', nearestIsHeadOffice = false) =>
      isReviewer({ level, nearestIsHeadOffice, record: outlet, role, userBranch })
    expect(reviewer('manager', 3, 'supervising')).toBe(true)
    expect(reviewer('manager', 4, 'supervising')).toBe(false)
    expect(reviewer('manager', 4, 'own')).toBe(true)
    expect(reviewer('manager', 9, 'supervising')).toBe(false)
    expect(reviewer('manager', 3, 'head-office')).toBe(false)
    expect(reviewer('staff', 3, 'supervising')).toBe(false)
    expect(reviewer('compliance', 1, 'supervising')).toBe(false)
    expect(reviewer('compliance', 1, 'supervising', true)).toBe(true)
    expect(reviewer('compliance', 1, 'head-office')).toBe(true)
  })
})

describe('the audit chain', () => {
  const chain = () => {
    const out: Array<Record<string, unknown>> = []
    let prev = GENESIS
    for (let seq = 1; seq <= 4; seq++) {
      const e = { action: 'login', actor: 7, actorName: '张三', at: `2026-11-0${seq}T01:00:00.000Z`, details: { b: 1, a: [seq, { y: 2, x: 1 }] }, ip: '10.0.0.1', role: 'manager', seq, summary: `第${seq}条`, targetCollection: 'users', targetId: '7' }
      const hash = entryHash(prev, normalise(e))
      out.push({ ...e, hash, prevHash: prev })
      prev = hash
    }
    return out
  }

  it('ignores key order (a database may reorder JSON) but nothing else', () => {
    expect(canonical({ b: 1, a: { d: [1, { f: 1, e: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":2,"f":1}]},"b":1}')
    const entries = chain()
    entries[1] = { ...entries[1], details: { a: [2, { x: 1, y: 2 }], b: 1 } }
    expect(verifyChain(entries)).toBeNull()
  })

  it('finds the first altered, missing or relinked entry', () => {
    const altered = chain()
    altered[2] = { ...altered[2], summary: '改过' }
    expect(verifyChain(altered)).toEqual({ problem: 'altered', seq: 3 })
    const missing = chain()
    missing.splice(1, 1)
    expect(verifyChain(missing)).toEqual({ problem: 'missing', seq: 2 })
    const relinked = chain()
    relinked[3] = { ...relinked[3], prevHash: GENESIS }
    expect(verifyChain(relinked)).toEqual({ problem: 'broken-link', seq: 4 })
    // a rehashed forgery still breaks the link of the entry after it
    const forged = chain()
    forged[1] = { ...forged[1], summary: '伪造', hash: entryHash(String(forged[0]!.hash), normalise({ ...forged[1], summary: '伪造' })) }
    expect(verifyChain(forged)).toEqual({ problem: 'broken-link', seq: 3 })
  })
})
