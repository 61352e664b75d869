import { describe, expect, it } from 'vitest'

import { chartSvg, shortNames, TOP_BRANCHES } from '../../src/reports/chart'

describe('per-branch chart', () => {
  const outlets = Array.from({ length: 43 }, (_, i) => ({ name: `广州天河支行第${i + 1}网点（${['中山路', '体育西', '石牌'][i % 3]}）`, people: 1000 - i * 7 }))

  it('drops the prefix all names share, so 43 outlets of one sub-branch read differently', () => {
    const names = shortNames(outlets.map((o) => o.name))
    expect(new Set(names).size).toBe(43)
    expect(names[0]).toBe('1网点（中山路）')
    expect(names.every((n) => n.length <= 14)).toBe(true)
    // a single name, or names that are all the prefix, stay whole
    expect(shortNames(['天河支行'])).toEqual(['天河支行'])
    expect(shortNames(['广州分行', '广州分行营业部'])).toEqual(['广州分行', '广州分行营业部'])
  })

  it('draws the top branches as horizontal bars with their values and sums the rest into one bar', () => {
    const svg = chartSvg(outlets, [{ day: '2026-10-01', people: 5 }, { day: '2026-10-02', people: 9 }], ['各机构覆盖人次', '每日覆盖人次'], (n) => `其他 ${n} 个机构`)
    expect(svg.match(/<rect x="210"/g)?.length).toBe(TOP_BRANCHES + 1)
    expect(svg).toContain(`其他 ${43 - TOP_BRANCHES} 个机构`)
    const rest = outlets.slice(TOP_BRANCHES).reduce((s, o) => s + o.people, 0)
    expect(svg).toContain(`>${new Intl.NumberFormat('en-US').format(rest)}</text>`)
    expect(svg).toContain('>1,000</text>')
  })
})
