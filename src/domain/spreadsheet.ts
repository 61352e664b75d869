/**
 * Reads an uploaded spreadsheet (XLSX or CSV in UTF-8, UTF-16 or GBK/GB18030)
 * into a grid of cells, judging the kind by content, never by name. Refuses
 * what cannot be read safely before parsing it: over-large files, zip bombs,
 * legacy .xls, binary data. Pure: buffer in, grid out.
 */
import { Readable } from 'node:stream'
import { createInflateRaw } from 'node:zlib'

import { parse as parseCsv } from 'csv-parse/sync'
import type ExcelJS from 'exceljs'

import { loadExcelJS } from '../lazyModules'

export type Cell = string | number | boolean | Date | null
export type Grid = { rows: Cell[][]; sheet: string }

export type SheetProblem =
  | { code: 'tooLarge'; max: number }
  | { code: 'legacyXls' }
  | { code: 'notSpreadsheet' }
  | { code: 'zipBomb'; max: number }
  | { code: 'tooComplex'; memoryMb: number }
  | { code: 'tooMuchText'; max: number }
  | { code: 'empty' }
  | { code: 'unreadable'; detail: string }

export class SheetError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(problem.code)
  }
}

export const SHEET_LIMITS = {
  /** Bytes of the upload itself. */
  maxBytes: 20 * 1024 * 1024,
  /** What an XLSX may unpack to; real activity logs of 50,000 rows stay far below. */
  maxUnpackedBytes: 300 * 1024 * 1024,
  maxRatio: 200,
  /** Characters of text in the grid read (a real 50,000-row log has ~15 million): what a reader hands back is bounded too. */
  maxTextChars: 64 * 1024 * 1024,
}

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b)

type ZipEntry = { compressed: number; method: number; name: string; offset: number }

/** Sum of the uncompressed sizes a zip declares in its central directory (and where each entry is), or null when it is no readable zip. */
export const zipUnpackedSize = (buf: Buffer): { entries: string[]; list: ZipEntry[]; size: number } | null => {
  const min = Math.max(0, buf.length - 65_557)
  let eocd = -1
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return null
  const count = buf.readUInt16LE(eocd + 10)
  let at = buf.readUInt32LE(eocd + 16)
  let size = 0
  const entries: string[] = []
  const list: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null
    const method = buf.readUInt16LE(at + 10)
    const compressed = buf.readUInt32LE(at + 20)
    const unpacked = buf.readUInt32LE(at + 24)
    const nameLen = buf.readUInt16LE(at + 28)
    const extraLen = buf.readUInt16LE(at + 30)
    const commentLen = buf.readUInt16LE(at + 32)
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen)
    entries.push(name)
    list.push({ compressed, method, name, offset: buf.readUInt32LE(at + 42) })
    // 0xFFFFFFFF means zip64: the size is elsewhere and at least 4 GiB — too big for us anyway
    size += unpacked === 0xffffffff ? Number.MAX_SAFE_INTEGER : unpacked
    at += 46 + nameLen + extraLen + commentLen
  }
  return { entries, list, size }
}

/**
 * The bytes a zip really inflates to, counted out of the inflater entry by
 * entry (the sizes a zip declares are whatever its maker wrote: a sheet that
 * declares 1 MB may inflate to a gigabyte). Stops, and answers null, as soon
 * as the count passes `budget`; each chunk is counted and dropped, so the
 * count itself holds ~64 kB whatever the file.
 */
export const inflatedSizeWithin = async (buf: Buffer, entries: ZipEntry[], budget: number): Promise<number | null> => {
  let total = 0
  for (const e of entries) {
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) throw new SheetError({ code: 'unreadable', detail: `zip entry ${e.name}` })
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28)
    // the central directory's compressed size (a local header may defer it to a data descriptor); a lie only ends the data early
    const data = buf.subarray(start, Math.min(buf.length, start + (e.compressed === 0xffffffff ? buf.length : e.compressed)))
    if (e.method === 0) total += data.length
    else if (e.method === 8) {
      const within = await new Promise<boolean>((resolve, reject) => {
        const inflater = createInflateRaw()
        inflater.on('data', (chunk: Buffer) => {
          total += chunk.length
          if (total > budget) {
            inflater.destroy()
            resolve(false)
          }
        })
        inflater.on('end', () => resolve(true))
        inflater.on('error', (err) => reject(new SheetError({ code: 'unreadable', detail: `${e.name}: ${err.message}` })))
        inflater.end(data)
      })
      if (!within) return null
    } else throw new SheetError({ code: 'unreadable', detail: `${e.name}: zip method ${e.method}` })
    if (total > budget) return null
  }
  return total
}

/** Text of a CSV: BOM first, then strict UTF-8, else GB18030 (a superset of GBK, what Chinese Excel writes). */
export const decodeText = (buf: Buffer): { encoding: 'utf-8' | 'utf-16le' | 'gb18030'; text: string } => {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', text: buf.subarray(3).toString('utf8') }
  if (startsWith(buf, [0xff, 0xfe])) return { encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(buf.subarray(2)) }
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(buf) }
  } catch {
    return { encoding: 'gb18030', text: new TextDecoder('gb18030').decode(buf) }
  }
}

const looksBinary = (buf: Buffer): boolean => {
  const head = buf.subarray(0, 8192)
  if (startsWith(head, [0xff, 0xfe])) return false // UTF-16 text has NULs by nature
  return head.includes(0)
}

type ExcelValue = ExcelJS.CellValue

/** An ExcelJS cell value as a plain cell: formulas give their result, rich text its text, links their text. */
export const plainCell = (v: ExcelValue): Cell => {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return v
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
    if ('formula' in v || 'sharedFormula' in v) return plainCell((v as { result?: ExcelValue }).result ?? null)
    if ('text' in v && 'hyperlink' in v) return plainCell((v as { text: ExcelValue }).text)
    if ('error' in v) return null
  }
  return String(v)
}

const readXlsx = async (buf: Buffer, maxRows: number): Promise<Grid> => {
  const zip = zipUnpackedSize(buf)
  if (!zip) throw new SheetError({ code: 'notSpreadsheet' })
  if (!zip.entries.some((e) => e === 'xl/workbook.xml')) throw new SheetError({ code: 'notSpreadsheet' })
  // what it declares first (cheap), then what it really inflates to, within the same budget
  const budget = Math.min(SHEET_LIMITS.maxUnpackedBytes, Math.max(buf.length, 1) * SHEET_LIMITS.maxRatio)
  const max = Math.round(SHEET_LIMITS.maxUnpackedBytes / 1024 / 1024)
  if (zip.size > budget || (await inflatedSizeWithin(buf, zip.list, budget)) === null) throw new SheetError({ code: 'zipBomb', max })
  try {
    // the first sheet that has any rows (templates put the codes on a later sheet)
    return streamable(zip.entries) ? await readXlsxRows(buf, maxRows) : await readXlsxWhole(buf, maxRows)
  } catch (e) {
    if (e instanceof SheetError) throw e
    throw new SheetError({ code: 'unreadable', detail: e instanceof Error ? e.message : String(e) })
  }
}

/** Puts an ExcelJS row (values from index 1) at its row number, empty rows before it kept as empty rows. */
const placeRow = (rows: Cell[][], number: number, values: ExcelValue[]): void => {
  while (rows.length < number - 1) rows.push([])
  const cells: Cell[] = []
  for (let c = 1; c < values.length; c++) cells.push(plainCell(values[c] ?? null))
  rows.push(cells)
}

/**
 * Reads the rows of an XLSX file as a stream (ExcelJS's WorkbookReader):
 * a row at a time, never the whole workbook as cell objects. A 50,000-row
 * sheet loaded whole took ~1.5 GB; streamed, its rows as plain values. The
 * first sheet (in the workbook's order) that has a row is read; rows are
 * kept at their row numbers (empty ones as empty rows), at most `maxRows + 50`,
 * then a marker row says there were more.
 */
const readXlsxRows = async (buf: Buffer, maxRows: number): Promise<Grid> => {
  const { stream } = await loadExcelJS()
  const reader = new stream.xlsx.WorkbookReader(Readable.from(buf), { entries: 'ignore', hyperlinks: 'ignore', sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' })
  let best: (Grid & { id: number }) | null = null
  const limit = maxRows + 50
  for await (const ws of reader) {
    const id = Number((ws as unknown as { id: number | string }).id)
    const rows: Cell[][] = []
    let more = false
    for await (const row of ws) {
      if (row.number > limit) {
        more = true
        continue
      }
      placeRow(rows, row.number, row.values as ExcelValue[])
    }
    if (more) rows.push(['…']) // lets the caller see there were more rows than allowed
    if (rows.length > 0 && (best === null || id < best.id)) best = { id, rows, sheet: (ws as unknown as { name: string }).name }
  }
  if (!best) throw new SheetError({ code: 'empty' })
  return { rows: best.rows, sheet: best.sheet }
}

/**
 * ExcelJS's streaming reader names a sheet from xl/workbook.xml, and fails
 * ("reading 'sheets'") on a file whose sheet comes before that entry once
 * the shared strings are read. Writers order the zip differently (ExcelJS's
 * own order varies with timing): such a file is read whole instead.
 */
const streamable = (entries: string[]): boolean => {
  const workbook = entries.indexOf('xl/workbook.xml')
  const firstSheet = entries.findIndex((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e))
  return firstSheet === -1 || workbook < firstSheet
}

/** The same rows as readXlsxRows, from the workbook loaded whole (only for files the stream cannot read). */
const readXlsxWhole = async (buf: Buffer, maxRows: number): Promise<Grid> => {
  const wb = new (await loadExcelJS()).Workbook()
  await wb.xlsx.load(buf as unknown as ArrayBuffer)
  const limit = maxRows + 50
  for (const ws of wb.worksheets) {
    const rows: Cell[][] = []
    let more = false
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (row.number > limit) {
        more = true
        return
      }
      placeRow(rows, row.number, row.values as ExcelValue[])
    })
    if (more) rows.push(['…'])
    if (rows.length > 0) return { rows, sheet: ws.name }
  }
  throw new SheetError({ code: 'empty' })
}

const readCsv = (buf: Buffer): Grid => {
  const { text } = decodeText(buf)
  try {
    const rows = parseCsv(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][]
    return { rows: rows.map((r) => r.map((c) => (c === '' ? null : c))), sheet: 'CSV' }
  } catch (e) {
    throw new SheetError({ code: 'unreadable', detail: e instanceof Error ? e.message : String(e) })
  }
}

/** The grid of the first sheet with data. Throws SheetError with what is wrong with the file as a whole. */
export const readSpreadsheet = async (buf: Buffer, opts: { maxBytes?: number; maxRows?: number } = {}): Promise<Grid> => {
  const maxBytes = opts.maxBytes ?? SHEET_LIMITS.maxBytes
  if (buf.length > maxBytes) throw new SheetError({ code: 'tooLarge', max: maxBytes })
  if (buf.length === 0) throw new SheetError({ code: 'empty' })
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) throw new SheetError({ code: 'legacyXls' })
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46]) || startsWith(buf, [0x89, 0x50, 0x4e, 0x47]) || startsWith(buf, [0xff, 0xd8, 0xff])) {
    throw new SheetError({ code: 'notSpreadsheet' })
  }
  const grid = startsWith(buf, [0x50, 0x4b, 0x03, 0x04])
    ? await readXlsx(buf, opts.maxRows ?? 50_000)
    : looksBinary(buf)
      ? (() => {
          throw new SheetError({ code: 'notSpreadsheet' })
        })()
      : readCsv(buf)
  if (grid.rows.every((r) => r.every((c) => c === null || c === ''))) throw new SheetError({ code: 'empty' })
  let chars = 0
  for (const r of grid.rows) for (const c of r) if (typeof c === 'string') chars += c.length
  if (chars > SHEET_LIMITS.maxTextChars) throw new SheetError({ code: 'tooMuchText', max: Math.round(SHEET_LIMITS.maxTextChars / 1024 / 1024) })
  return grid
}
