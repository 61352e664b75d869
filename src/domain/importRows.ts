/**
 * Spreadsheet rows → activity records. The header map (zh and en column
 * names), cell parsing (dates in every form Chinese spreadsheets write them,
 * counts, yuan, labels or codes), and the row rules, as zod schemas. Problems
 * are returned as message keys with the row, column and value, so the caller
 * words them in the user's language. Pure: no database.
 */
import { z } from 'zod'

import { dayOf } from './dates'
import { hasAtMostTwoDecimals } from './money'
import type { Cell } from './spreadsheet'
import {
  activityTypeOptions,
  audienceOptions,
  channelOptions,
  fraudTypeOptions,
  type ActivityType,
  type Audience,
  type Channel,
  type FraudType,
  type Option,
} from './vocabulary'

export type ColumnKey =
  | 'externalId'
  | 'branchCode'
  | 'date'
  | 'type'
  | 'title'
  | 'location'
  | 'description'
  | 'materialCode'
  | 'leaflets'
  | 'audience'
  | 'channel'
  | 'people'
  | 'transactionsStopped'
  | 'lossesAvoided'
  | 'suspectsCaught'
  | 'fraudTypes'
  | 'link'

export type Column = { aliases: string[]; en: string; key: ColumnKey; required?: boolean; zh: string }

/** The documented header map: the template's headers first, then other spellings branches use. */
export const COLUMNS: ReadonlyArray<Column> = [
  { aliases: ['编号', '台账编号', '记录编号', 'id', 'ref', 'externalid'], en: 'External id', key: 'externalId', zh: '外部编号' },
  { aliases: ['机构编码', '网点代码', '网点编号', '机构号', 'branch', 'branchcode', 'outletcode'], en: 'Branch code', key: 'branchCode', required: true, zh: '机构代码' },
  { aliases: ['日期', '活动时间', 'date', 'activitydate'], en: 'Date', key: 'date', required: true, zh: '活动日期' },
  { aliases: ['类型', '活动形式', 'type', 'activitytype'], en: 'Activity type', key: 'type', required: true, zh: '活动类型' },
  { aliases: ['主题', '标题', '活动名称', 'title'], en: 'Title', key: 'title', required: true, zh: '活动主题' },
  { aliases: ['地点', 'location', 'place'], en: 'Location', key: 'location', zh: '活动地点' },
  { aliases: ['活动描述', '描述', '说明', '备注', 'description', 'notes'], en: 'Description', key: 'description', zh: '活动情况' },
  { aliases: ['物料代码', '宣传物料编码', '资料编码', 'material', 'materialcode'], en: 'Material code', key: 'materialCode', zh: '物料编码' },
  { aliases: ['发放数量', '发放宣传资料', '宣传资料发放数量', '折页数量', 'leaflets', 'quantity', 'leafletshandedout'], en: 'Leaflets', key: 'leaflets', zh: '发放数量' },
  { aliases: ['受众类型', '宣传对象', 'audience'], en: 'Audience', key: 'audience', zh: '受众' },
  { aliases: ['渠道类型', '线上线下', 'channel'], en: 'Channel', key: 'channel', zh: '渠道' },
  { aliases: ['受众人数', '覆盖人数', '人次', '宣传人次', 'people', 'peoplereached', 'reach'], en: 'People reached', key: 'people', zh: '覆盖人次' },
  { aliases: ['堵截笔数', '成功堵截', '拦截笔数', 'transactionsstopped', 'interceptions'], en: 'Transactions stopped', key: 'transactionsStopped', zh: '成功堵截' },
  { aliases: ['避免损失', '避免损失金额', '挽回损失', 'lossesavoided', 'losses'], en: 'Losses avoided', key: 'lossesAvoided', zh: '避免损失' },
  { aliases: ['抓获嫌疑人', '协助抓获', 'suspectscaught', 'suspects'], en: 'Suspects caught', key: 'suspectsCaught', zh: '协助抓获嫌疑人' },
  { aliases: ['涉及诈骗类型', '诈骗类型', 'fraudtypes', 'fraudtype'], en: 'Fraud types', key: 'fraudTypes', zh: '宣传诈骗类型' },
  { aliases: ['网址', 'url', 'link'], en: 'Link', key: 'link', zh: '链接' },
]

/** Header text as compared: no spaces, no "*" marks, no unit in brackets, lower case, full-width folded. */
export const normalizeHeader = (h: Cell): string =>
  String(h ?? '')
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s*_\-:：]/g, '')
    .toLowerCase()

const HEADER_INDEX: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMNS.flatMap((c) => [c.zh, c.en, ...c.aliases].map((a) => [normalizeHeader(a), c.key] as const)),
)

export type HeaderMap = { byIndex: Map<number, ColumnKey>; header: Map<ColumnKey, string>; rowIndex: number }

/**
 * The header row: the first of the top ten rows naming at least three known
 * columns. Unknown columns (and tricks like `__proto__`) are ignored; only
 * known keys are ever read.
 */
export const findHeader = (rows: ReadonlyArray<ReadonlyArray<Cell>>): HeaderMap | null => {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const byIndex = new Map<number, ColumnKey>()
    const header = new Map<ColumnKey, string>()
    rows[r]!.forEach((cell, i) => {
      const key = HEADER_INDEX.get(normalizeHeader(cell))
      if (key && !header.has(key)) {
        byIndex.set(i, key)
        header.set(key, String(cell).trim())
      }
    })
    if (byIndex.size >= 3) return { byIndex, header, rowIndex: r }
  }
  return null
}

export const missingColumns = (h: HeaderMap): Column[] => COLUMNS.filter((c) => c.required && !h.header.has(c.key))

// ---------------------------------------------------------------- cells

const text = (c: Cell): string => (c === null || c === undefined ? '' : c instanceof Date ? dayOf(c) : String(c)).trim()

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

const ymd = (y: number, m: number, d: number): string | null => {
  const dt = new Date(Date.UTC(y, m - 1, d))
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * A calendar day from a cell: an Excel serial number, a date cell, or text as
 * 2026-10-08, 2026/10/8, 2026.10.8 or 2026年10月8日 (a time after it is ignored).
 */
export const parseDay = (c: Cell): string | null => {
  if (c instanceof Date) {
    // spreadsheet dates carry the wall-clock day in UTC
    return Number.isNaN(c.getTime()) ? null : ymd(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate())
  }
  if (typeof c === 'number') {
    if (!Number.isFinite(c) || c < 1 || c > 200_000) return null
    const dt = new Date(EXCEL_EPOCH_MS + Math.floor(c) * 86_400_000)
    return ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())
  }
  const s = text(c).normalize('NFKC')
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(s)
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]))
  if (/^\d{5}(\.\d+)?$/.test(s)) return parseDay(Number(s))
  return null
}

const numberText = (c: Cell): string => text(c).normalize('NFKC').replace(/[,，\s]/g, '').replace(/^[¥￥]|元$|份$|人$|人次$|笔$|名$/g, '')

export type CellIssue = { key: ImportIssueKey; vars?: Record<string, string | number> }
export type ImportIssueKey =
  | 'importRequired'
  | 'importBadDate'
  | 'importUnknownValue'
  | 'importBadCount'
  | 'importBadMoney'
  | 'importTooLong'
  | 'importMaterialMissing'
  | 'importAudienceMissing'
  | 'importBadLink'

const issue = (ctx: z.RefinementCtx, i: CellIssue) => {
  ctx.addIssue({ code: 'custom', message: i.key, params: i.vars ?? {} })
  return z.NEVER
}

const cell = z.custom<Cell>(() => true)

const requiredText = (max: number) =>
  cell.transform((c, ctx) => {
    const s = text(c)
    if (s === '') return issue(ctx, { key: 'importRequired' })
    if (s.length > max) return issue(ctx, { key: 'importTooLong', vars: { max } })
    return s
  })

const optionalText = (max: number) =>
  cell.transform((c, ctx) => {
    const s = text(c)
    if (s.length > max) return issue(ctx, { key: 'importTooLong', vars: { max } })
    return s === '' ? undefined : s
  })

const day = cell.transform((c, ctx) => {
  if (text(c) === '') return issue(ctx, { key: 'importRequired' })
  return parseDay(c) ?? issue(ctx, { key: 'importBadDate' })
})

const count = cell.transform((c, ctx) => {
  const s = numberText(c)
  if (s === '') return 0
  const n = Number(s)
  return Number.isInteger(n) && n >= 0 && n <= 100_000_000 ? n : issue(ctx, { key: 'importBadCount' })
})

const money = cell.transform((c, ctx) => {
  const s = numberText(c)
  if (s === '') return 0
  const n = Number(s)
  return Number.isFinite(n) && n >= 0 && n < 1e12 && hasAtMostTwoDecimals(n) ? n : issue(ctx, { key: 'importBadMoney' })
})

const lookup = <V extends string>(options: ReadonlyArray<Option<V>>) => {
  const m = new Map<string, V>()
  for (const o of options) for (const k of [o.value, o.label.zh, o.label.en]) m.set(normalizeHeader(k), o.value)
  return m
}

const choice = <V extends string>(options: ReadonlyArray<Option<V>>, required: boolean) => {
  const m = lookup(options)
  const allowed = options.map((o) => o.label.zh).join('、')
  return cell.transform((c, ctx): V | undefined => {
    const s = text(c)
    if (s === '') return required ? issue(ctx, { key: 'importRequired' }) : undefined
    return m.get(normalizeHeader(s)) ?? issue(ctx, { key: 'importUnknownValue', vars: { allowed } })
  })
}

const fraudTypeMap = lookup(fraudTypeOptions)
const fraudTypes = cell.transform((c, ctx): FraudType[] => {
  const parts = text(c).split(/[,，、;；/\n]+/).map((p) => p.trim()).filter(Boolean)
  const out: FraudType[] = []
  for (const p of parts) {
    const v = fraudTypeMap.get(normalizeHeader(p))
    if (!v) return issue(ctx, { key: 'importUnknownValue', vars: { allowed: fraudTypeOptions.map((o) => o.label.zh).join('、') } })
    if (!out.includes(v)) out.push(v)
  }
  return out
})

const link = cell.transform((c, ctx) => {
  const s = text(c)
  if (s === '') return undefined
  return /^https?:\/\/\S+$/i.test(s) && s.length <= 2000 ? s : issue(ctx, { key: 'importBadLink' })
})

/** One spreadsheet row, as the collection's rules see it. */
export const rowSchema = z
  .object({
    audience: choice<Audience>(audienceOptions, false),
    branchCode: requiredText(64),
    channel: choice<Channel>(channelOptions, false),
    date: day,
    description: optionalText(5000),
    externalId: optionalText(128),
    fraudTypes,
    leaflets: count,
    link,
    location: optionalText(200),
    lossesAvoided: money,
    materialCode: optionalText(64),
    people: count,
    suspectsCaught: count,
    title: requiredText(200),
    transactionsStopped: count,
    type: choice<ActivityType>(activityTypeOptions, true),
  })
  .superRefine((r, ctx) => {
    // a leaflet row must name a material; reach needs an audience — as in the admin form
    if (r.leaflets > 0 && !r.materialCode) ctx.addIssue({ code: 'custom', message: 'importMaterialMissing', params: {}, path: ['materialCode'] })
    if (r.people > 0 && !r.audience) ctx.addIssue({ code: 'custom', message: 'importAudienceMissing', params: {}, path: ['audience'] })
  })

export type ParsedRow = z.output<typeof rowSchema> & { rowNumber: number }

export type RowProblem = {
  column: ColumnKey | null
  /** The column's header as written in the file. */
  header: string
  key: string
  row: number
  value: string
  vars: Record<string, string | number>
}

const isBlank = (r: ReadonlyArray<Cell>) => r.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))

/**
 * Every data row under the header, parsed. Row numbers are the spreadsheet's
 * own (1-based, as Excel shows them). Blank rows are skipped.
 */
export const parseRows = (rows: ReadonlyArray<ReadonlyArray<Cell>>, h: HeaderMap): { problems: RowProblem[]; rows: ParsedRow[]; total: number } => {
  const parsed: ParsedRow[] = []
  const problems: RowProblem[] = []
  let total = 0
  for (let r = h.rowIndex + 1; r < rows.length; r++) {
    const raw = rows[r]!
    if (isBlank(raw)) continue
    total++
    const input: Partial<Record<ColumnKey, Cell>> = Object.create(null)
    for (const [i, key] of h.byIndex) input[key] = raw[i] ?? null
    for (const c of COLUMNS) if (!(c.key in input)) input[c.key] = null
    const res = rowSchema.safeParse(input)
    if (res.success) {
      parsed.push({ ...res.data, rowNumber: r + 1 })
      continue
    }
    for (const iss of res.error.issues) {
      const column = (iss.path[0] as ColumnKey | undefined) ?? null
      problems.push({
        column,
        header: column ? (h.header.get(column) ?? COLUMNS.find((c) => c.key === column)!.zh) : '',
        key: iss.message,
        row: r + 1,
        value: column ? text(input[column] ?? null) : '',
        vars: ((iss as { params?: Record<string, string | number> }).params ?? {}) as Record<string, string | number>,
      })
    }
  }
  return { problems, rows: parsed, total }
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()

/** A record's natural key: branch + external id when there is one, else branch + day + type + title. */
export const naturalKey = (a: { branch: string | number; date: string | Date; externalId?: string | null; title: string; type: string }): string =>
  a.externalId && a.externalId.trim() !== ''
    ? `ext|${a.branch}|${squash(a.externalId)}`
    : `nat|${a.branch}|${typeof a.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : dayOf(a.date)}|${a.type}|${squash(a.title)}`
