import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'

import { findHeader, missingColumns, naturalKey, normalizeHeader, parseDay, parseRows } from '../../src/domain/importRows'
import { decodeText, readSpreadsheet, SheetError, zipUnpackedSize } from '../../src/domain/spreadsheet'

describe('dates as Chinese spreadsheets write them', () => {
  it.each([
    ['2026-10-08', '2026-10-08'],
    ['2026/10/8', '2026-10-08'],
    ['2026.10.8', '2026-10-08'],
    ['2026年10月8日', '2026-10-08'],
    ['2026 年 10 月 8 日', '2026-10-08'],
    ['2026-10-08 14:30:00', '2026-10-08'],
    ['２０２６年１０月８日', '2026-10-08'],
    [46303, '2026-10-08'],
    ['46303', '2026-10-08'],
    [new Date(Date.UTC(2026, 9, 8)), '2026-10-08'],
  ] as const)('%s', (input, day) => {
    expect(parseDay(input as never)).toBe(day)
  })
  it.each(['2026-02-30', '10/8/2026', 'yesterday', '', '2026-13-01'])('refuses %s', (input) => {
    expect(parseDay(input)).toBeNull()
  })
})

describe('headers', () => {
  it('recognises zh and en headers, required marks, units and full-width brackets; ignores the rest', () => {
    const h = findHeader([
      ['安信银行 2026 年反诈宣传月活动台账'],
      ['机构代码*', 'Date', '活动类型', 'Title', '发放数量（份）', 'Losses avoided (CNY)', '__proto__', 'constructor', '备用列'],
    ])!
    expect(h.rowIndex).toBe(1)
    expect([...h.byIndex.values()]).toEqual(['branchCode', 'date', 'type', 'title', 'leaflets', 'lossesAvoided'])
    expect(missingColumns(h)).toEqual([])
    expect(normalizeHeader(' 成功堵截（笔） ')).toBe('成功堵截')
  })

  it('names the required columns that are missing', () => {
    const h = findHeader([['机构代码', '活动日期', '活动地点']])!
    expect(missingColumns(h).map((c) => c.key)).toEqual(['type', 'title'])
  })

  it('finds no header in a sheet of data only', () => {
    expect(findHeader([['a', 'b', 'c'], [1, 2, 3]])).toBeNull()
  })
})

describe('rows', () => {
  const header = ['外部编号', '机构代码', '活动日期', '活动类型', '活动主题', '物料编码', '发放数量', '受众', '渠道', '覆盖人次', '避免损失', '宣传诈骗类型', '链接']
  const parse = (...rows: unknown[][]) => parseRows([header, ...rows] as never, findHeader([header])!)

  it('takes labels in zh or en, codes, thousands separators and units', () => {
    const { problems, rows } = parse(['X-1', 'GZ-01', '2026/10/8', 'Lobby publicity', '厅堂宣传', 'LF-1', '1,200份', '老年人', '线上', '86人次', '¥1,234.50', '冒充公检法、刷单返利', 'https://x.cn/1'])
    expect(problems).toEqual([])
    expect(rows[0]).toMatchObject({ audience: 'elderly', branchCode: 'GZ-01', channel: 'online', date: '2026-10-08', externalId: 'X-1', fraudTypes: ['police-impersonation', 'order-brushing'], leaflets: 1200, lossesAvoided: 1234.5, people: 86, rowNumber: 2, type: 'lobby' })
  })

  it('reports each problem with its spreadsheet row, column header and value', () => {
    const { problems, rows } = parse(
      ['', 'GZ-01', '2026-13-40', '厅堂宣传', '标题'],
      ['', 'GZ-01', '2026-10-08', '跳广场舞', '标题', '', '', '', '', '-3'],
      ['', '', '2026-10-08', '厅堂宣传', '', '', '', '', '', '', '12.345'],
      [],
      ['', 'GZ-01', '2026-10-09', '厅堂宣传', '标题', '', '50'],
    )
    expect(rows).toEqual([])
    const seen = problems.map((p) => [p.row, p.header, p.key])
    expect(seen).toEqual(
      expect.arrayContaining([
        [2, '活动日期', 'importBadDate'],
        [3, '活动类型', 'importUnknownValue'],
        [3, '覆盖人次', 'importBadCount'],
        [4, '机构代码', 'importRequired'],
        [4, '活动主题', 'importRequired'],
        [4, '避免损失', 'importBadMoney'],
        [6, '物料编码', 'importMaterialMissing'],
      ]),
    )
    expect(problems.find((p) => p.row === 2)!.value).toBe('2026-13-40')
  })

  it('keys a record by external id, else by branch, day, type and title', () => {
    expect(naturalKey({ branch: 5, date: '2026-10-08', externalId: ' A-1 ', title: 'x', type: 'lobby' })).toBe('ext|5|a-1')
    expect(naturalKey({ branch: 5, date: '2026-10-08T04:00:00.000Z', title: ' 厅堂  宣传 ', type: 'lobby' })).toBe('nat|5|2026-10-08|lobby|厅堂 宣传')
  })
})

describe('files', () => {
  const csvText = '机构代码,活动日期,活动类型,活动主题\nGZ-01,2026年10月8日,厅堂宣传,防范电信诈骗宣传\n'

  it('decodes GBK (what Chinese Excel writes), UTF-8 with and without BOM', () => {
    const gbk = Buffer.from(new Uint8Array([...new TextEncoder().encode('x')]))
    expect(decodeText(gbk).encoding).toBe('utf-8')
    // 中文 in GBK
    expect(decodeText(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ encoding: 'gb18030', text: '中文' })
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText)])).text).toBe(csvText)
  })

  it('reads a CSV and an XLSX to the same grid', async () => {
    const csv = await readSpreadsheet(Buffer.from(csvText))
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('台账')
    for (const line of csvText.trim().split('\n')) ws.addRow(line.split(','))
    const xlsx = await readSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()))
    expect(xlsx.rows).toEqual(csv.rows)
  })

  it('streams an XLSX: the first sheet with rows, rows at their numbers, dates and formulas as values, a marker past the limit', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('说明')
    const ws = wb.addWorksheet('台账')
    ws.getRow(1).values = ['外部编号', '活动日期', '覆盖人次']
    ws.getRow(3).values = ['A-1', new Date(Date.UTC(2026, 9, 8)), { formula: '20+10', result: 30 } as never]
    ws.getRow(4).values = ['A-2', '2026-10-09', 12]
    wb.addWorksheet('可用代码').addRow(['GZ-01', '广州天河支行'])
    const grid = await readSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()))
    expect(grid.sheet).toBe('台账')
    expect(grid.rows[0]).toEqual(['外部编号', '活动日期', '覆盖人次'])
    expect(grid.rows[1]).toEqual([])
    expect(grid.rows[2]![0]).toBe('A-1')
    expect((grid.rows[2]![1] as Date).toISOString().slice(0, 10)).toBe('2026-10-08')
    expect(grid.rows[2]![2]).toBe(30)
    expect(grid.rows[3]).toEqual(['A-2', '2026-10-09', 12])
    const big = new ExcelJS.Workbook()
    const sheet = big.addWorksheet('台账')
    for (let i = 0; i < 120; i++) sheet.addRow([`R-${i}`])
    const capped = await readSpreadsheet(Buffer.from(await big.xlsx.writeBuffer()), { maxRows: 10 })
    expect(capped.rows).toHaveLength(61)
    expect(capped.rows.at(-1)).toEqual(['…'])
  })

  it('reads an XLSX whose sheet comes before xl/workbook.xml in the zip (the stream cannot; it is read whole)', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('台账')
    ws.addRow(['外部编号', '覆盖人次'])
    ws.addRow(['A-1', 30])
    const original = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()))
    const names = Object.keys(original.files).filter((n) => !original.files[n]!.dir)
    // shared strings and the workbook's relations first, then the sheet, the workbook itself last
    const order = [...names.filter((n) => n !== 'xl/workbook.xml' && !n.startsWith('xl/worksheets/')), ...names.filter((n) => n.startsWith('xl/worksheets/')), 'xl/workbook.xml']
    const reordered = new JSZip()
    for (const n of order) reordered.file(n, await original.file(n)!.async('uint8array'))
    const buf = await reordered.generateAsync({ compression: 'DEFLATE', type: 'nodebuffer' })
    expect(zipUnpackedSize(buf)!.entries.indexOf('xl/workbook.xml')).toBeGreaterThan(zipUnpackedSize(buf)!.entries.findIndex((e) => e.startsWith('xl/worksheets/sheet')))
    const grid = await readSpreadsheet(buf)
    expect(grid.sheet).toBe('台账')
    expect(grid.rows).toEqual([['外部编号', '覆盖人次'], ['A-1', 30]])
  })

  it('refuses legacy .xls, binaries, empty files, over-size files and zip bombs by content', async () => {
    const code = async (buf: Buffer, opts = {}) => {
      try {
        await readSpreadsheet(buf, opts)
      } catch (e) {
        return (e as SheetError).problem.code
      }
      return 'ok'
    }
    expect(await code(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('legacyXls')
    expect(await code(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBe('notSpreadsheet')
    expect(await code(Buffer.from('%PDF-1.4\n'))).toBe('notSpreadsheet')
    expect(await code(Buffer.alloc(0))).toBe('empty')
    expect(await code(Buffer.from('\n\n,,\n'))).toBe('empty')
    expect(await code(Buffer.from(csvText), { maxBytes: 10 })).toBe('tooLarge')

    // a workbook whose one sheet unpacks to 400 MB of zeros (deflate packs it to ~400 KB)
    const { deflateRawSync } = await import('node:zlib')
    const entry = (name: string, raw: number, packed: Buffer) => ({ name, packed, raw })
    const big = deflateRawSync(Buffer.alloc(1024 * 1024))
    const entries = [entry('xl/workbook.xml', 10, deflateRawSync(Buffer.from('<workbook/>'))), ...Array.from({ length: 400 }, (_, i) => entry(`xl/worksheets/s${i}.xml`, 1024 * 1024, big))]
    const bomb = zipOf(entries)
    expect(zipUnpackedSize(bomb)!.size).toBeGreaterThan(400 * 1000 * 1000)
    expect(await code(bomb)).toBe('zipBomb')
  })
})

/** A zip archive from entries whose declared sizes we choose (CRCs left zero: it is refused before any is read). */
const zipOf = (entries: Array<{ name: string; packed: Buffer; raw: number }>): Buffer => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(e.packed.length, 18)
    local.writeUInt32LE(e.raw, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, e.packed)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(e.packed.length, 20)
    central.writeUInt32LE(e.raw, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += 30 + name.length + e.packed.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}
