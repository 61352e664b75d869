import { describe, expect, it } from 'vitest'

import { formatCNY, hasAtMostTwoDecimals, sumYuan } from '../../src/domain/money'
import { dayOf, isWithin, noonInShanghai } from '../../src/domain/dates'
import * as vocabulary from '../../src/domain/vocabulary'
import { message, messages } from '../../src/i18n/messages'

describe('every user-facing word exists in zh and en', () => {
  it('option lists', () => {
    const lists = Object.entries(vocabulary).filter(([name]) => name.endsWith('Options'))
    expect(lists.length).toBeGreaterThanOrEqual(9)
    for (const [, list] of lists) {
      for (const o of list as vocabulary.Option[]) {
        expect(o.label.zh.trim()).not.toBe('')
        expect(o.label.en.trim()).not.toBe('')
        expect(o.label.zh).toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })

  it('messages, with the same placeholders in both languages', () => {
    for (const [key, m] of Object.entries(messages)) {
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort()
      expect(vars(m.zh), key).toEqual(vars(m.en))
      expect(m.zh, key).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(message('zh', 'branchHasChildren', { count: 3 })).toBe('该机构下仍有 3 个下级机构，请先调整或删除下级机构。')
  })
})

describe('money and dates', () => {
  it('sums yuan without float drift and checks decimals', () => {
    expect(sumYuan([0.1, 0.2, 45800.5])).toBe(45800.8)
    expect(hasAtMostTwoDecimals(12.34)).toBe(true)
    expect(hasAtMostTwoDecimals(12.345)).toBe(false)
    expect(formatCNY(800000, 'zh')).toBe('¥800,000.00')
    expect(formatCNY(800000, 'en')).toBe('CN¥800,000.00')
  })

  it('compares days in Beijing time', () => {
    expect(dayOf('2026-09-30T16:30:00.000Z')).toBe('2026-10-01')
    expect(dayOf(noonInShanghai('2026-10-08'))).toBe('2026-10-08')
    expect(isWithin('2026-10-31', '2026-10-01', '2026-10-31')).toBe(true)
    expect(isWithin('2026-11-01', '2026-10-01', '2026-10-31')).toBe(false)
  })
})

describe('file kinds by content', async () => {
  const { sniffFileKind } = await import('../../src/domain/fileKind')
  it('recognises what we store and nothing else', () => {
    expect(sniffFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
    expect(sniffFileKind(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBe('png')
    expect(sniffFileKind(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('webp')
    expect(sniffFileKind(Buffer.from('%PDF-1.7'))).toBe('pdf')
    expect(sniffFileKind(Buffer.from('<svg xmlns='))).toBeNull()
    expect(sniffFileKind(Buffer.from('<!doctype html>'))).toBeNull()
    expect(sniffFileKind(Buffer.from('RIFF\0\0\0\0AVI '))).toBeNull()
    expect(sniffFileKind(Buffer.alloc(0))).toBeNull()
  })
})

describe('filters that compare ids with non-ids', async () => {
  const { findBadIdFilters, isIntegerId } = await import('../../src/domain/whereIds')
  const holds = (p: string) => ['id', 'branch', 'leaflets.material'].includes(p)
  it('finds them at any depth of and/or, for every id operator', () => {
    expect(findBadIdFilters({ branch: { in: '1,2' } }, holds, isIntegerId)).toEqual([])
    expect(findBadIdFilters({ branch: { equals: 'null' }, title: { equals: 'abc' } }, holds, isIntegerId)).toEqual([])
    expect(findBadIdFilters({ branch: { in: "1,' OR 1=1" } }, holds, isIntegerId)).toEqual([{ path: 'branch', value: "' OR 1=1" }])
    expect(
      findBadIdFilters({ or: [{ and: [{ 'leaflets.material': { not_equals: 'x' } }] }, { id: { exists: 'true' } }] }, holds, isIntegerId),
    ).toEqual([{ path: 'leaflets.material', value: 'x' }])
    expect(findBadIdFilters({ id: { equals: 1.5 } }, holds, isIntegerId)).toEqual([{ path: 'id', value: '1.5' }])
    expect(findBadIdFilters('garbage', holds, isIntegerId)).toEqual([])
  })
})
