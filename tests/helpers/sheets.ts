import ExcelJS from 'exceljs'

export const HEADER_ZH = ['外部编号', '机构代码', '活动日期', '活动类型', '活动主题', '活动地点', '物料编码', '发放数量（份）', '受众', '渠道', '覆盖人次', '成功堵截（笔）', '避免损失（元）']

export type Row = Array<string | number | Date | null>

/** A row of the zh template: external id, branch, date, type, title, location, material, leaflets, audience, channel, people, stopped, losses. */
export const row = (id: string, branch: string, date: string | number | Date, extra: Partial<Record<'type' | 'title' | 'material' | 'leaflets' | 'people' | 'losses' | 'stopped', string | number>> = {}): Row => [
  id,
  branch,
  date,
  extra.type ?? '厅堂宣传',
  extra.title ?? `${branch} 厅堂宣传 ${id}`,
  '营业厅',
  extra.material ?? 'LEAFLET-1',
  extra.leaflets ?? 30,
  '老年人',
  '线下',
  extra.people ?? 25,
  extra.stopped ?? 0,
  extra.losses ?? 0,
]

export const xlsx = async (rows: Row[], header: string[] = HEADER_ZH): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('台账')
  ws.addRow(header)
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const csvCell = (v: Row[number]) => {
  const s = v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const csvText = (rows: Row[], header: string[] = HEADER_ZH): string =>
  [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'

/** The CSV as Chinese Excel saves it: GBK, CRLF, no BOM. */
export const gbkCsv = (rows: Row[], header?: string[]): Buffer => {
  const text = csvText(rows, header)
  // Node has GB18030 decoding but no encoder: map each character through a decode table of the GBK range
  return Buffer.from(encodeGbk(text))
}

let table: Map<string, number[]> | null = null
const encodeGbk = (text: string): number[] => {
  if (!table) {
    table = new Map()
    const dec = new TextDecoder('gb18030')
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue
        const ch = dec.decode(new Uint8Array([hi, lo]))
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo])
      }
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else {
      const bytes = table.get(ch)
      if (!bytes) throw new Error(`no GBK code for ${ch}`)
      out.push(...bytes)
    }
  }
  return out
}
