import { describe, expect, it } from 'vitest'

import { coveringLock } from '../../src/domain/monthLock'
import { hamming, phashOfGrey } from '../../src/domain/phash'
import { safeCell } from '../../src/domain/safeCell'
import { ACTIVITY_STATUSES, ROLES, type ActivityStatus, type Role } from '../../src/domain/vocabulary'
import { availableActions, DEFAULT_RULES, evidenceProblem, outlierFlags, transitionProblem } from '../../src/domain/workflow'

const t = (from: ActivityStatus | null, to: ActivityStatus, role: Role, extra: Partial<Parameters<typeof transitionProblem>[0]> = {}) =>
  transitionProblem({ from, isOwnRecord: false, reason: 'x', reviewLevel: 'head-office', reviews: role === 'admin' || role === 'compliance', role, to, ...extra })

describe('transitions', () => {
  it('allows exactly the documented flow per role', () => {
    const allowed: string[] = []
    for (const role of ROLES) {
      for (const from of [null, ...ACTIVITY_STATUSES]) {
        for (const to of ACTIVITY_STATUSES) {
          if (from !== to && t(from, to, role) === null) allowed.push(`${role}:${from ?? 'new'}>${to}`)
        }
      }
    }
    const expected = [
      // admin may correct anything
      ...[null, ...ACTIVITY_STATUSES].flatMap((f) => ACTIVITY_STATUSES.filter((s) => s !== f).map((s) => `admin:${f ?? 'new'}>${s}`)),
      'compliance:new>draft',
      'compliance:submitted>approved',
      'compliance:submitted>returned',
      'compliance:approved>returned',
      ...(['manager', 'staff'] as const).flatMap((r) => [`${r}:new>draft`, `${r}:new>submitted`, `${r}:draft>submitted`, `${r}:submitted>draft`, `${r}:returned>draft`, `${r}:returned>submitted`]),
      'editor:new>draft',
    ]
    expect(allowed.sort()).toEqual(expected.sort())
  })

  it('managers review only when allowed, and never their own records', () => {
    expect(t('submitted', 'approved', 'manager')).toBe('reviewHeadOfficeOnly')
    expect(t('submitted', 'approved', 'manager', { reviewLevel: 'supervising', reviews: true })).toBeNull()
    expect(t('submitted', 'approved', 'manager', { isOwnRecord: true, reviewLevel: 'supervising', reviews: true })).toBe('selfApproval')
    expect(t('submitted', 'approved', 'staff', { reviewLevel: 'supervising' })).toBe('reviewAboveOnly')
    expect(t('submitted', 'approved', 'manager', { reviewLevel: 'own' })).toBe('reviewOwnBranchOnly')
    // compliance returns anything, approves only where it reviews; nobody but an administrator reviews what they filed
    expect(t('submitted', 'returned', 'compliance', { reviewLevel: 'supervising', reviews: false })).toBeNull()
    expect(t('submitted', 'approved', 'compliance', { reviewLevel: 'supervising', reviews: false })).toBe('reviewAboveOnly')
    expect(t('submitted', 'approved', 'compliance', { isOwnRecord: true })).toBe('selfApproval')
    expect(t('submitted', 'approved', 'admin', { isOwnRecord: true })).toBeNull()
  })

  it('returning needs a reason that is not blank', () => {
    expect(t('submitted', 'returned', 'compliance', { reason: '  ' })).toBe('returnReasonRequired')
    expect(t('submitted', 'returned', 'compliance', { reason: null })).toBe('returnReasonRequired')
  })
})

describe('evidence and flags', () => {
  it('offline types need a photo, online types a link or a screenshot', () => {
    expect(evidenceProblem('street', 0, null)).toBe('photoRequired')
    expect(evidenceProblem('street', 1, null)).toBeNull()
    expect(evidenceProblem('short-video', 0, '')).toBe('linkOrScreenshotRequired')
    expect(evidenceProblem('short-video', 0, 'https://v.example.cn/1')).toBeNull()
    expect(evidenceProblem('short-video', 1, null)).toBeNull()
    expect(evidenceProblem('lobby', 0, null)).toBeNull()
  })

  it('flags each rule on its own', () => {
    const base = { interception: null, leaflets: [], reach: [], type: 'lobby' as const }
    expect(outlierFlags(base, DEFAULT_RULES)).toEqual([])
    expect(outlierFlags({ ...base, reach: [{ count: 301 }] }, DEFAULT_RULES)).toEqual(['reach-above-limit'])
    expect(outlierFlags({ ...base, reach: [{ count: 300 }] }, DEFAULT_RULES)).toEqual([])
    expect(outlierFlags({ ...base, leaflets: [{ quantity: 31 }], reach: [{ count: 10 }] }, DEFAULT_RULES)).toEqual(['leaflets-above-reach'])
    expect(outlierFlags({ ...base, leaflets: [{ quantity: 31 }], reach: [{ count: 10 }] }, { ...DEFAULT_RULES, leafletsPerPersonMax: null })).toEqual([])
    expect(outlierFlags({ ...base, interception: { lossesAvoided: 100, transactionsStopped: 0 } }, DEFAULT_RULES)).toEqual(['losses-without-interception'])
    expect(outlierFlags({ ...base, interception: { lossesAvoided: 100, transactionsStopped: 1 } }, DEFAULT_RULES)).toEqual([])
  })
})

describe('month locks', () => {
  const outlet = { id: 7, path: '/1/3/5/' }
  it('a lock without branches covers all; a listed branch covers its subtree only', () => {
    expect(coveringLock([{ branches: [], id: 'all' }], outlet)?.id).toBe('all')
    expect(coveringLock([{ branches: [3], id: 'sub' }], outlet)?.id).toBe('sub')
    expect(coveringLock([{ branches: [7], id: 'self' }], outlet)?.id).toBe('self')
    expect(coveringLock([{ branches: [4, 8], id: 'other' }], outlet)).toBeNull()
    expect(coveringLock([], outlet)).toBeNull()
  })
})

describe('perceptual hash', () => {
  const gradient = Array.from({ length: 1024 }, (_, i) => {
    const [x, y] = [i % 32, Math.floor(i / 32)]
    return 100 + 60 * Math.sin(x / 5) * Math.cos(y / 7) + 30 * Math.sin(y / 3)
  })
  it('is stable under brightness and contrast changes and differs for different pictures', () => {
    const brighter = gradient.map((v) => v * 1.1 + 8)
    expect(hamming(phashOfGrey(gradient), phashOfGrey(brighter))).toBeLessThanOrEqual(2)
    const checker = Array.from({ length: 1024 }, (_, i) => ((Math.floor(i / 32 / 4) + Math.floor((i % 32) / 4)) % 2) * 255)
    expect(hamming(phashOfGrey(gradient), phashOfGrey(checker))).toBeGreaterThan(10)
  })
  it('counts differing bits', () => {
    expect(hamming('0000000000000000', 'ffffffffffffffff')).toBe(64)
    expect(hamming('00000000000000f0', '0000000000000010')).toBe(3)
  })
})

describe('spreadsheet cells', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const v of ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(String(safeCell(v)).startsWith("'")).toBe(true)
    expect(safeCell('广州分行')).toBe('广州分行')
    expect(safeCell(-5)).toBe(-5)
  })
})

describe('workflow actions', () => {
  const of = (from: ActivityStatus, role: Role, extra: Partial<Parameters<typeof availableActions>[0]> = {}) =>
    availableActions({ from, isOwnRecord: false, reviewLevel: 'head-office', reviews: role === 'admin' || role === 'compliance', role, ...extra }).sort()
  it('offer the branch submit and withdraw, the reviewer approve and return, each only where the flow goes on', () => {
    expect(of('draft', 'staff')).toEqual(['submit'])
    expect(of('submitted', 'staff')).toEqual(['withdraw'])
    expect(of('returned', 'staff')).toEqual(['submit'])
    expect(of('approved', 'staff')).toEqual([])
    expect(of('submitted', 'compliance')).toEqual(['approve', 'return'])
    expect(of('approved', 'compliance')).toEqual(['return'])
    expect(of('draft', 'compliance')).toEqual([])
    expect(of('submitted', 'manager')).toEqual(['withdraw'])
    expect(of('submitted', 'manager', { reviewLevel: 'supervising', reviews: true })).toEqual(['approve', 'return', 'withdraw'])
    expect(of('submitted', 'manager', { isOwnRecord: true, reviewLevel: 'supervising', reviews: true })).toEqual(['withdraw'])
    expect(of('submitted', 'editor')).toEqual([])
    // an administrator's corrections outside the flow are not buttons
    expect(of('approved', 'admin')).toEqual(['return'])
  })
})
