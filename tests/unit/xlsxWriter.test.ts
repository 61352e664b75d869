import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'

import { columnName, XlsxWorkbook, xmlText } from '../../src/reports/xlsxWriter'

const read = async (buf: Buffer) => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buf as unknown as ArrayBuffer)
  return wb
}

describe('the workbook writer', () => {
  it('writes text, numbers, bold rows, widths and hyperlinks that a spreadsheet reads back as written', async () => {
    const wb = new XlsxWorkbook(new Date('2026-10-01T00:00:00Z'))
    const a = wb.addSheet('合计', [24, 14])
    a.addRow(['标题 <&> "引号"', 1.5], { bold: true })
    a.addRow(['  前后空格 ', null, 3, 'tab\there\nline', "'=1+1", -0.25])
    const b = wb.addSheet('活动明细', [12])
    for (let i = 1; i <= 3; i++) b.addRow([`2026-10-0${i}`, { link: `http://127.0.0.1:3001/admin/collections/activities/${i}?a=1&b=2`, text: '打开' }])
    await b.drain()
    const back = await read(await wb.finish())

    expect(back.worksheets.map((s) => s.name)).toEqual(['合计', '活动明细'])
    expect(back.created?.toISOString()).toBe('2026-10-01T00:00:00.000Z')
    const [s1, s2] = back.worksheets
    expect(s1!.getRow(1).values).toEqual([undefined, '标题 <&> "引号"', 1.5])
    expect(s1!.getCell('A1').font?.bold).toBe(true)
    expect(s1!.getCell('A2').font?.bold).toBeFalsy()
    expect(s1!.getRow(2).values).toEqual([undefined, '  前后空格 ', undefined, 3, 'tab\there\nline', "'=1+1", -0.25])
    expect(s1!.getColumn(1).width).toBe(24)
    expect(s2!.rowCount).toBe(3)
    expect(s2!.getCell('B2').value).toEqual({ hyperlink: 'http://127.0.0.1:3001/admin/collections/activities/2?a=1&b=2', text: '打开' })
    // text is never a formula
    const cells: unknown[] = []
    back.worksheets.forEach((s) => s.eachRow((r) => r.eachCell((c) => cells.push(c.value))))
    expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false)
  })

  it('drops characters XML cannot hold, writes a checksummed zip, and cleans sheet names Excel would refuse', async () => {
    expect(xmlText('a\u0000b\u0007c\uD800d\uFFFEe')).toBe('abcde')
    expect(xmlText('😀 <b>')).toBe('😀 &lt;b&gt;')
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA'])

    const wb = new XlsxWorkbook()
    const s = wb.addSheet('a/b:c*d?e[f]g\\h and a name longer than thirty-one')
    s.addRow(['x\u0001y', Number.NaN, Number.POSITIVE_INFINITY, 7])
    const buf = await wb.finish()
    const zip = await JSZip.loadAsync(buf, { checkCRC32: true })
    expect(Object.keys(zip.files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
    const back = await read(buf)
    expect(back.worksheets[0]!.name).toBe('a b c d e f g h and a name long')
    expect(back.worksheets[0]!.getRow(1).values).toEqual([undefined, 'xy', undefined, undefined, 7])
  })

  it('keeps 20,000 rows written a page at a time, in order', async () => {
    const wb = new XlsxWorkbook()
    const s = wb.addSheet('rows')
    for (let p = 0; p < 4; p++) {
      for (let i = 0; i < 5000; i++) s.addRow([p * 5000 + i, `第 ${p * 5000 + i} 行`, { link: `https://example.invalid/${p * 5000 + i}`, text: '打开' }])
      await s.drain()
    }
    const back = (await read(await wb.finish())).worksheets[0]!
    expect(back.rowCount).toBe(20_000)
    expect(back.getRow(12_345).values).toEqual([undefined, 12_344, '第 12344 行', { hyperlink: 'https://example.invalid/12344', text: '打开' }])
  })
})
