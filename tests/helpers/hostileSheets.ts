/**
 * Spreadsheets a hostile (or broken) uploader could send, built at run time:
 * a zip whose directory lies about a sheet that inflates to ~1 GB, XML nested
 * a million deep, and shared strings of ~280 MB that still pass the
 * size-ratio check. Each is a well-formed zip of a real workbook (CRCs right)
 * with one part replaced, so the reader gets as far as it would.
 */
import { createDeflateRaw } from 'node:zlib'

import ExcelJS from 'exceljs'

import { zipUnpackedSize } from '../../src/domain/spreadsheet'
import { HEADER_ZH } from './sheets'

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()
const crcUpdate = (crc: number, buf: Buffer): number => {
  let c = crc ^ 0xffffffff
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

export type Part = { crc: number; name: string; packed: Buffer; raw: number }

/** Deflates what `chunks` yields, streaming (the content is never whole in memory), with its CRC and size. */
export const deflatePart = async (name: string, chunks: Iterable<Buffer>, level = 6): Promise<Part> => {
  const d = createDeflateRaw({ level })
  const out: Buffer[] = []
  d.on('data', (c: Buffer) => out.push(c))
  const done = new Promise((r) => d.on('end', r))
  let crc = 0
  let raw = 0
  for (const c of chunks) {
    crc = crcUpdate(crc, c)
    raw += c.length
    if (!d.write(c)) await new Promise((r) => d.once('drain', r))
  }
  d.end()
  await done
  return { crc, name, packed: Buffer.concat(out), raw }
}

/** A zip of deflated parts; `declare` may put another uncompressed size in the directory than the part has. */
export const zipOf = (parts: Part[], declare: (p: Part) => number = (p) => p.raw): Buffer => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const p of parts) {
    const name = Buffer.from(p.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(p.crc, 14)
    local.writeUInt32LE(p.packed.length, 18)
    local.writeUInt32LE(declare(p), 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, p.packed)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(p.crc, 16)
    central.writeUInt32LE(p.packed.length, 20)
    central.writeUInt32LE(declare(p), 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += 30 + name.length + p.packed.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

/** The parts of a real one-sheet workbook (ExcelJS), inflated, by name. */
const workbookParts = async (): Promise<Map<string, Buffer>> => {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('台账').addRow(HEADER_ZH)
  const buf = Buffer.from(await wb.xlsx.writeBuffer())
  const { inflateRawSync } = await import('node:zlib')
  const parts = new Map<string, Buffer>()
  for (const e of zipUnpackedSize(buf)!.list) {
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28)
    const data = buf.subarray(start, start + e.compressed)
    parts.set(e.name, e.method === 8 ? inflateRawSync(data) : Buffer.from(data))
  }
  return parts
}

/** The workbook with some parts replaced (a part given as chunks is deflated streaming). */
const workbookWith = async (replace: Record<string, () => Iterable<Buffer>>, declare?: (p: Part) => number, level = 6): Promise<Buffer> => {
  const parts: Part[] = []
  for (const [name, body] of await workbookParts()) parts.push(await deflatePart(name, replace[name]?.() ?? [body], level))
  for (const [name, make] of Object.entries(replace)) if (!parts.some((p) => p.name === name)) parts.push(await deflatePart(name, make(), level))
  return zipOf(parts, declare)
}

function* repeat(head: string, unit: Buffer | ((i: number) => Buffer), count: number, tail: string): Generator<Buffer> {
  yield Buffer.from(head)
  const batch: Buffer[] = []
  for (let i = 0; i < count; i++) {
    batch.push(typeof unit === 'function' ? unit(i) : unit)
    if (batch.length === 256) yield Buffer.concat(batch.splice(0))
  }
  if (batch.length) yield Buffer.concat(batch)
  yield Buffer.from(tail)
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
const SHEET_TAIL = '</sheetData></worksheet>'

/** A few MB: a sheet that inflates to ~960 MB of blank space while the zip directory declares 100 kB for it (`level` 9 packs it to ~1 MB, in twice the time). */
export const lyingZip = async (level = 1): Promise<Buffer> =>
  workbookWith(
    { 'xl/worksheets/sheet1.xml': () => repeat(SHEET_HEAD, Buffer.alloc(1024 * 1024, 0x20), 960, SHEET_TAIL) },
    (p) => (p.name === 'xl/worksheets/sheet1.xml' ? 100 * 1024 : p.raw),
    level,
  )

/** A cell nested a million elements deep, with names varied enough that the file passes the size-ratio check. */
export const deepXml = async (depth = 1_000_000): Promise<Buffer> => {
  const name = (i: number) => `x${((i * 2654435761) >>> 0).toString(36)}`
  function* body(): Generator<Buffer> {
    yield Buffer.from(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is>`)
    for (let i = 0; i < depth; i += 4096) yield Buffer.from(Array.from({ length: Math.min(4096, depth - i) }, (_, k) => `<${name(i + k)}>`).join(''))
    for (let i = depth; i > 0; i -= 4096) yield Buffer.from(Array.from({ length: Math.min(4096, i) }, (_, k) => `</${name(i - 1 - k)}>`).join(''))
    yield Buffer.from(`</is></c></row>${SHEET_TAIL}`)
  }
  return workbookWith({ 'xl/worksheets/sheet1.xml': body })
}

/**
 * Shared strings of ~280 MB (each of 280,000 strings ~1 kB, each made
 * distinct) used by one sheet, packed ~150:1 so the file passes the ratio
 * check: the parser must hold them all.
 */
export const hugeSharedStrings = async (count = 280_000): Promise<Buffer> => {
  const filler = '诈骗防范宣传'.repeat(55)
  const strings = () =>
    repeat(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">`,
      (i) => Buffer.from(`<si><t>${filler}${((i * 2654435761) >>> 0).toString(16)}</t></si>`),
      count,
      '</sst>',
    )
  const sheet = () => repeat(SHEET_HEAD, (i) => Buffer.from(`<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>${i}</v></c></row>`), count, SHEET_TAIL)
  return workbookWith({ 'xl/sharedStrings.xml': strings, 'xl/worksheets/sheet1.xml': sheet })
}
