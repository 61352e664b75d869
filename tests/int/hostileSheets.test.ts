/**
 * Issue 24, try 2: spreadsheets that inflate, nest or repeat their way past
 * memory. Each is refused as a whole with the limit in words, read in a
 * process of its own: the server's memory stays where it was, however many
 * arrive at once. (The readers here get a 96 MB heap, so the shared-strings
 * file that exceeds it can stay small enough to build quickly.)
 */
process.env.IMPORT_READER_MEMORY_MB = '96'

import { describe, expect, it } from 'vitest'

import { inflatedSizeWithin, readSpreadsheet, SheetError, SHEET_LIMITS, zipUnpackedSize } from '../../src/domain/spreadsheet'
import { readSpreadsheetIsolated } from '../../src/import/readIsolated'
import { deepXml, hugeSharedStrings, lyingZip } from '../helpers/hostileSheets'
import { row, xlsx } from '../helpers/sheets'

const problemOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'read',
    (e: unknown) => (e instanceof SheetError ? e.problem : e),
  )

let bomb: Promise<Buffer> | undefined
const theBomb = () => (bomb ??= lyingZip())

describe('hostile spreadsheets', () => {
  it('a zip that declares 100 kB for a sheet that inflates to 960 MB is refused by the bytes counted out of the inflater', { timeout: 60_000 }, async () => {
    const file = await theBomb()
    const zip = zipUnpackedSize(file)!
    // the directory passes every check on declared sizes…
    expect(zip.size).toBeLessThan(Math.min(SHEET_LIMITS.maxUnpackedBytes, file.length * SHEET_LIMITS.maxRatio))
    // …the count stops at the budget
    expect(await inflatedSizeWithin(file, zip.list, 50 * 1024 * 1024)).toBeNull()
    const before = process.memoryUsage().rss
    expect(await problemOf(readSpreadsheet(file))).toEqual({ code: 'zipBomb', max: 300 })
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  })

  it('a real workbook is counted to its true size and read as before', async () => {
    const real = await xlsx([row('R1', 'A1-O1', '2026-10-09'), row('R2', 'A1-O1', '2026-10-10')])
    const zip = zipUnpackedSize(real)!
    expect(await inflatedSizeWithin(real, zip.list, 10 * 1024 * 1024)).toBe(zip.size)
    expect((await readSpreadsheetIsolated(real, { maxRows: 100 })).rows).toHaveLength(3)
  })

  it('six bombs, deep XML and huge shared strings at once: each refused in words, the server’s memory unmoved', { timeout: 180_000 }, async () => {
    const [file, deep, strings] = await Promise.all([theBomb(), deepXml(), hugeSharedStrings(250_000)])
    for (const f of [deep, strings]) expect(zipUnpackedSize(f)!.size).toBeLessThan(Math.min(SHEET_LIMITS.maxUnpackedBytes, f.length * SHEET_LIMITS.maxRatio))
    const idle = process.memoryUsage().rss
    let peak = idle
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
    const files = [...Array.from({ length: 6 }, () => file), deep, strings]
    const results = await Promise.all(files.map((f) => problemOf(readSpreadsheetIsolated(f, { maxRows: 50_000 }))))
    clearInterval(sample)
    console.log(`hostile set: parent RSS idle ${Math.round(idle / 1e6)} MB, peak ${Math.round(peak / 1e6)} MB`, JSON.stringify(results))
    expect(results.slice(0, 7)).toEqual([...Array.from({ length: 6 }, () => ({ code: 'zipBomb', max: 300 })), { code: 'empty' }])
    // the shared strings are either too much for the reader's heap, or read with the rows capped at the import's limit (+50, then a marker),
    // which the import then refuses as too many rows (tests/http/load/hostileImports.test.ts)
    if (results[7] !== 'read') expect(results[7]).toEqual({ code: 'tooComplex', memoryMb: 96 })
    expect(peak - idle).toBeLessThan(300 * 1024 * 1024)
    // and the next honest file is read
    expect((await readSpreadsheetIsolated(await xlsx([row('R3', 'A1-O1', '2026-10-11')]), { maxRows: 100 })).rows).toHaveLength(2)
  })
})
