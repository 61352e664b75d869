import { promisify } from 'node:util'
import { crc32, createDeflateRaw, deflateRaw } from 'node:zlib'

/**
 * A small streaming writer of .xlsx workbooks (SpreadsheetML in a zip): text
 * (always inline strings, never formulas), numbers, bold rows, column widths
 * and hyperlinks. Written for the report's per-record sheet, where ExcelJS's
 * streaming writer spent ~3 s on 60,000 rows here (its cell and style
 * objects); this builds each row's XML as one string and deflates a page of
 * rows at a time as they arrive, so memory holds the compressed sheet, not
 * its rows.
 */

export type XlsxCell = string | number | null | undefined | { link: string; text: string }
export type XlsxRowOptions = { bold?: boolean }

const deflate = promisify(deflateRaw)

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink'
const BUFFER_BYTES = 1 << 20
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

// characters XML 1.0 cannot carry (control characters, lone surrogates) are dropped
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;' }
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0000-\u001F"&<>\uD800-\uDFFF\uFFFE\uFFFF]/
export const xmlText = (s: string): string => (NEEDS_WORK.test(s) ? s.replace(NOT_XML, '').replace(/["&<>]/g, (c) => ESCAPES[c]!) : s)

/** 0 → A, 25 → Z, 26 → AA. */
export const columnName = (i: number): string => {
  let n = i + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

const COLUMNS = Array.from({ length: 64 }, (_, i) => columnName(i))

type Entry = { chunks: Buffer[]; compressed: number; crc: number; name: string; size: number }

/** One worksheet being written: rows are added in order; its XML is deflated as it grows. */
export class XlsxSheet {
  private readonly deflater = createDeflateRaw({ level: 1 })
  private readonly out: Buffer[] = []
  private crc = 0
  private size = 0
  private rowNumber = 0
  // the sheet's XML is written straight into a buffer of ~1 MB, handed to the deflater when full
  private buf = Buffer.allocUnsafe(BUFFER_BYTES)
  private used = 0
  private readonly links: string[] = []
  private readonly linkTargets: string[] = []
  private readonly finished: Promise<void>

  constructor(
    readonly name: string,
    readonly index: number,
    widths: number[],
  ) {
    this.deflater.on('data', (c: Buffer) => this.out.push(c))
    this.finished = new Promise((resolve, reject) => {
      this.deflater.on('end', resolve)
      this.deflater.on('error', reject)
    })
    const cols = widths.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : ''
    this.push(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${cols}<sheetData>`)
  }

  get rows(): number {
    return this.rowNumber
  }

  addRow(cells: XlsxCell[], options: XlsxRowOptions = {}): void {
    const r = ++this.rowNumber
    const style = options.bold ? ' s="1"' : ''
    let xml = `<row r="${r}">`
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]
      if (v === null || v === undefined) continue
      const ref = `${COLUMNS[i] ?? columnName(i)}${r}`
      if (typeof v === 'number') {
        if (Number.isFinite(v)) xml += `<c r="${ref}"${style}><v>${v}</v></c>`
      } else if (typeof v === 'string') {
        xml += `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`
      } else {
        this.links.push(`<hyperlink ref="${ref}" r:id="rId${this.links.length + 1}"/>`)
        this.linkTargets.push(v.link)
        xml += `<c r="${ref}"${style || ' s="2"'} t="inlineStr"><is><t xml:space="preserve">${xmlText(v.text)}</t></is></c>`
      }
    }
    this.push(`${xml}</row>`)
  }

  private push(xml: string): void {
    // a UTF-16 code unit is at most 3 bytes of UTF-8
    if (BUFFER_BYTES - this.used < xml.length * 3) {
      this.flushPending()
      if (xml.length * 3 > BUFFER_BYTES) {
        this.send(Buffer.from(xml, 'utf8'))
        return
      }
    }
    this.used += this.buf.write(xml, this.used, 'utf8')
  }

  private flushPending(): void {
    if (this.used === 0) return
    const full = this.buf.subarray(0, this.used)
    this.buf = Buffer.allocUnsafe(BUFFER_BYTES)
    this.used = 0
    this.send(full)
  }

  private send(bytes: Buffer): void {
    this.crc = crc32(bytes, this.crc)
    this.size += bytes.length
    this.deflater.write(bytes)
  }

  /** Lets the deflater catch up (call between pages of rows). */
  async drain(): Promise<void> {
    this.flushPending()
    if (this.deflater.writableNeedDrain) await new Promise((resolve) => this.deflater.once('drain', resolve))
  }

  /** Ends the sheet: its zip entry, and its relationships entry when it has hyperlinks. */
  async end(): Promise<Entry[]> {
    this.push('</sheetData>')
    if (this.links.length) this.push(`<hyperlinks>${this.links.join('')}</hyperlinks>`)
    this.push('</worksheet>')
    this.flushPending()
    this.deflater.end()
    await this.finished
    const entries: Entry[] = [{ chunks: this.out, compressed: this.out.reduce((n, c) => n + c.length, 0), crc: this.crc, name: `xl/worksheets/sheet${this.index}.xml`, size: this.size }]
    if (this.linkTargets.length) {
      const rels = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${this.linkTargets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${HYPERLINK_REL}" Target="${xmlText(t)}" TargetMode="External"/>`).join('')}</Relationships>`
      entries.push(await entryOf(`xl/worksheets/_rels/sheet${this.index}.xml.rels`, rels))
    }
    return entries
  }
}

const entryOf = async (name: string, text: string): Promise<Entry> => {
  const raw = Buffer.from(text, 'utf8')
  const packed = await deflate(raw, { level: 6 })
  return { chunks: [packed], compressed: packed.length, crc: crc32(raw), name, size: raw.length }
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

/** DOS date and time of a zip entry (local time fields, taken here in UTC). */
const dosStamp = (d: Date): { date: number; time: number } => ({
  date: ((Math.max(d.getUTCFullYear(), 1980) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
})

/**
 * The fields a zip entry's local header and its central-directory header
 * share, in the same order (from "version needed" to the name's length),
 * written at `at`: 4 in the local header, 6 in the central one.
 */
const describeAt = (time: number, date: number) => (buf: Buffer, at: number, e: Entry, nameLength: number) => {
  buf.writeUInt16LE(20, at)
  buf.writeUInt16LE(0x0800, at + 2)
  buf.writeUInt16LE(8, at + 4)
  buf.writeUInt16LE(time, at + 6)
  buf.writeUInt16LE(date, at + 8)
  buf.writeUInt32LE(e.crc >>> 0, at + 10)
  buf.writeUInt32LE(e.compressed, at + 14)
  buf.writeUInt32LE(e.size, at + 18)
  buf.writeUInt16LE(nameLength, at + 22)
}

const zip = (entries: Entry[], at: Date): Buffer => {
  const { date, time } = dosStamp(at)
  const describe = describeAt(time, date)
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    describe(local, 4, e, name.length)
    const head = Buffer.alloc(46)
    head.writeUInt32LE(0x02014b50, 0)
    head.writeUInt16LE(20, 4)
    describe(head, 6, e, name.length)
    head.writeUInt32LE(offset, 42)
    central.push(head, name)
    parts.push(local, name, ...e.chunks)
    offset += 30 + name.length + e.compressed
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0)
  if (offset + centralSize > 0xffffffff) throw new Error('workbook over 4 GB: not supported')
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, ...central, end])
}

/** A workbook: add sheets, fill them in order, then `finish()` for the .xlsx bytes. */
export class XlsxWorkbook {
  private readonly sheets: XlsxSheet[] = []

  constructor(private readonly created: Date = new Date()) {}

  /** Sheet names are at most 31 characters and hold none of []:*?/\ (Excel refuses them). */
  addSheet(name: string, widths: number[] = []): XlsxSheet {
    const clean = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31)
    const sheet = new XlsxSheet(clean, this.sheets.length + 1, widths)
    this.sheets.push(sheet)
    return sheet
  }

  async finish(): Promise<Buffer> {
    const sheetEntries = (await Promise.all(this.sheets.map((s) => s.end()))).flat()
    const n = this.sheets.length
    const overrides = this.sheets.map((s) => `<Override PartName="/xl/worksheets/sheet${s.index}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    const created = this.created.toISOString().replace(/\.\d{3}Z$/, 'Z')
    const parts: Array<[string, string]> = [
      [
        '[Content_Types].xml',
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
      ],
      [
        '_rels/.rels',
        `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
      ],
      [
        'docProps/core.xml',
        `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
      ],
      [
        'xl/workbook.xml',
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${this.sheets.map((s) => `<sheet name="${xmlText(s.name)}" sheetId="${s.index}" r:id="rId${s.index}"/>`).join('')}</sheets></workbook>`,
      ],
      [
        'xl/_rels/workbook.xml.rels',
        `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${this.sheets.map((s) => `<Relationship Id="rId${s.index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${s.index}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      ],
      ['xl/styles.xml', STYLES],
    ]
    const fixed = await Promise.all(parts.map(([name, text]) => entryOf(name, text)))
    return zip([...fixed, ...sheetEntries], this.created)
  }
}
