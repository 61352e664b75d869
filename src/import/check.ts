import type { PayloadRequest } from 'payload'

import { writableBranchIds } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { dayOf, isWithin, noonInShanghai } from '../domain/dates'
import { findHeader, missingColumns, naturalKey, parseRows, type ParsedRow, type RowProblem, COLUMNS } from '../domain/importRows'
import { SheetError, type SheetProblem } from '../domain/spreadsheet'
import { message, type Lang, type MessageKey } from '../i18n/messages'
import { systemRead } from '../lookups'
import type { Activity, Campaign } from '../payload-types'
import { frozenBy } from '../returns/freeze'
import { readSpreadsheetIsolated } from './readIsolated'
import { lockCovering } from '../workflow/monthLock'

export const MAX_ROWS = 50_000

export type Problem = { column: string; message: string; row: number; value: string }
export type Totals = {
  events: number
  leaflets: number
  lossesAvoided: number
  people: number
  suspectsCaught: number
  transactionsStopped: number
}
export type NewRecord = { data: Omit<Activity, 'createdAt' | 'id' | 'updatedAt'>; key: string; row: number }

export type CheckResult = {
  present: Array<{ id: Activity['id']; row: number }>
  problems: Problem[]
  records: NewRecord[]
  rows: number
  totals: Totals
}

/** A file the import refuses as a whole; nothing is checked further and nothing is written. */
export class ImportFileError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const fileMessage = (lang: Lang, p: SheetProblem): ImportFileError => {
  switch (p.code) {
    case 'tooLarge':
      return new ImportFileError(413, message(lang, 'importFileTooLarge', { max: Math.round(p.max / 1024 / 1024) }))
    case 'legacyXls':
      return new ImportFileError(415, message(lang, 'importLegacyXls'))
    case 'notSpreadsheet':
      return new ImportFileError(415, message(lang, 'importNotSpreadsheet'))
    case 'zipBomb':
      return new ImportFileError(413, message(lang, 'importZipBomb', { max: p.max }))
    case 'tooMuchText':
      return new ImportFileError(413, message(lang, 'importTooMuchText', { max: p.max }))
    case 'tooComplex':
      return new ImportFileError(413, message(lang, 'importTooComplex', { memory: p.memoryMb }))
    case 'empty':
      return new ImportFileError(400, message(lang, 'importEmpty'))
    case 'unreadable':
      return new ImportFileError(400, message(lang, 'importUnreadable', { detail: p.detail.slice(0, 200) }))
  }
}

const chunks = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

const localize = (lang: Lang, p: RowProblem): Problem => ({
  column: p.header,
  message: message(lang, p.key as MessageKey, p.vars),
  row: p.row,
  value: p.value.slice(0, 200),
})

/**
 * Reads and checks a spreadsheet for `campaign` as `req.user` would file it:
 * every row against the collection's rules, the user's branch scope, the
 * campaign period, closed months, materials, duplicates inside the file and
 * records already present. Writes nothing. Throws ImportFileError for a file
 * that cannot be taken at all.
 */
export const checkImport = async (
  req: PayloadRequest,
  campaign: Campaign,
  bytes: Buffer,
  opts: { maxBytes?: number } = {},
): Promise<CheckResult> => {
  const lang: Lang = req.i18n?.language === 'en' ? 'en' : 'zh'
  let grid
  try {
    grid = await readSpreadsheetIsolated(bytes, { maxBytes: opts.maxBytes, maxRows: MAX_ROWS })
  } catch (e) {
    if (e instanceof SheetError) throw fileMessage(lang, e.problem)
    throw e
  }
  const header = findHeader(grid.rows)
  if (!header) {
    const columns = COLUMNS.filter((c) => c.required).map((c) => `“${lang === 'zh' ? c.zh : c.en}”`).join(lang === 'zh' ? '、' : ', ')
    throw new ImportFileError(400, message(lang, 'importNoHeader', { columns }))
  }
  const missing = missingColumns(header)
  if (missing.length > 0) {
    throw new ImportFileError(400, message(lang, 'importMissingColumns', { columns: missing.map((c) => `${c.zh} / ${c.en}`).join(lang === 'zh' ? '、' : ', ') }))
  }
  if (grid.rows.length - header.rowIndex - 1 > MAX_ROWS) throw new ImportFileError(413, message(lang, 'importTooManyRows', { max: MAX_ROWS }))
  const parsed = parseRows(grid.rows, header)
  if (parsed.total === 0) throw new ImportFileError(400, message(lang, 'importNoRows'))

  const problems: Problem[] = parsed.problems.map((p) => localize(lang, p))
  const col = (key: (typeof COLUMNS)[number]['key']) => header.header.get(key) ?? COLUMNS.find((c) => c.key === key)!.zh
  const problem = (row: ParsedRow, key: (typeof COLUMNS)[number]['key'], msg: MessageKey, vars: Record<string, string | number> = {}, value?: string) =>
    problems.push({ column: col(key), message: message(lang, msg, vars), row: row.rowNumber, value: value ?? String(row[key as keyof ParsedRow] ?? '') })

  // reference data, one query each
  const codes = [...new Set(parsed.rows.map((r) => r.branchCode))]
  const branches = new Map<string, { id: number | string; path?: string | null }>()
  for (const part of chunks(codes, 500)) {
    const res = await req.payload.find({ collection: 'branches', ...systemRead, req, select: { code: true, path: true }, where: { code: { in: part } } })
    for (const b of res.docs) branches.set(b.code, b)
  }
  const materialCodes = [...new Set(parsed.rows.map((r) => r.materialCode).filter((c): c is string => Boolean(c)))]
  const materials = new Map<string, number | string>()
  for (const part of chunks(materialCodes, 500)) {
    const res = await req.payload.find({ collection: 'materials', ...systemRead, req, select: { code: true }, where: { code: { in: part } } })
    for (const m of res.docs) materials.set(m.code, m.id)
  }
  const role = roleOf(req.user)
  const scope = role === 'compliance' ? null : await writableBranchIds(req)
  const inScope = (id: number | string) => scope === null || scope.some((s) => String(s) === String(id))
  const [start, end] = [dayOf(campaign.startDate), dayOf(campaign.endDate)]
  const scopeWord = message(lang, role === 'staff' ? 'yourOwnBranch' : 'yourSubtree')

  const seen = new Map<string, number>()
  const candidates: NewRecord[] = []
  for (const row of parsed.rows) {
    const before = problems.length
    const branch = branches.get(row.branchCode)
    // one answer whether the code is unknown or outside the uploader's scope: the import does not tell which codes exist
    if (!branch || !inScope(branch.id)) problem(row, 'branchCode', 'importBranchNotInScope', { code: row.branchCode, scope: scopeWord })
    if (row.materialCode && !materials.has(row.materialCode)) problem(row, 'materialCode', 'importUnknownMaterial', { code: row.materialCode })
    if (!isWithin(row.date, start, end)) problem(row, 'date', 'importDateOutsideCampaign', { date: row.date, end, start })
    else if (branch && role !== 'admin') {
      const lock = await lockCovering(req, campaign.id, row.date.slice(0, 7), branch)
      if (lock) problem(row, 'date', 'importMonthLocked', { month: lock.month })
      else if (inScope(branch.id)) {
        // (a branch outside the uploader's scope is refused above; its sign-offs are not the uploader's to learn)
        // a month signed off up the tree is frozen there as a lock is: said per row, never a failed commit
        const frozen = await frozenBy(req, { branch: branch.id, campaign: campaign.id, date: row.date })
        if (frozen) problem(row, 'date', 'importMonthFrozen', frozen)
      }
    }
    if (!branch || problems.length > before) continue
    const key = naturalKey({ branch: branch.id, date: row.date, externalId: row.externalId, title: row.title, type: row.type! })
    const first = seen.get(key)
    if (first !== undefined) {
      problem(row, row.externalId ? 'externalId' : 'title', 'importDuplicateInFile', { row: first })
      continue
    }
    seen.set(key, row.rowNumber)
    candidates.push({
      data: {
        branch: branch.id,
        campaign: campaign.id,
        date: noonInShanghai(row.date),
        description: row.description
          ? ({ root: { children: [{ children: [{ detail: 0, format: 0, mode: 'normal', style: '', text: row.description, type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } } as Activity['description'])
          : undefined,
        externalId: row.externalId,
        fraudTypes: row.fraudTypes.length > 0 ? row.fraudTypes : undefined,
        interception: { lossesAvoided: row.lossesAvoided, suspectsCaught: row.suspectsCaught, transactionsStopped: row.transactionsStopped },
        leaflets: row.leaflets > 0 && row.materialCode ? [{ material: materials.get(row.materialCode)!, quantity: row.leaflets }] : [],
        link: row.link,
        location: row.location,
        reach: row.people > 0 && row.audience ? [{ audience: row.audience, channel: row.channel ?? 'offline', count: row.people }] : [],
        status: 'draft',
        title: row.title,
        type: row.type!,
      },
      key,
      row: row.rowNumber,
    })
  }

  // records already filed (by an earlier import or typed in the admin) are reported, not duplicated
  const existing = new Map<string, Activity['id']>()
  for (const part of chunks(candidates.map((c) => c.key), 500)) {
    const res = await req.payload.find({ collection: 'activities', ...systemRead, req, select: { importKey: true }, where: { importKey: { in: part } } })
    for (const d of res.docs) if (d.importKey) existing.set(d.importKey, d.id)
  }
  const present: CheckResult['present'] = []
  const records: NewRecord[] = []
  for (const c of candidates) {
    const id = existing.get(c.key)
    if (id !== undefined) present.push({ id, row: c.row })
    else records.push(c)
  }
  const totals: Totals = { events: records.length, leaflets: 0, lossesAvoided: 0, people: 0, suspectsCaught: 0, transactionsStopped: 0 }
  for (const r of records) {
    totals.leaflets += (r.data.leaflets ?? []).reduce((n, l) => n + l.quantity, 0)
    totals.people += (r.data.reach ?? []).reduce((n, l) => n + l.count, 0)
    totals.transactionsStopped += r.data.interception?.transactionsStopped ?? 0
    totals.suspectsCaught += r.data.interception?.suspectsCaught ?? 0
    totals.lossesAvoided = Math.round((totals.lossesAvoided + (r.data.interception?.lossesAvoided ?? 0)) * 100) / 100
  }
  problems.sort((a, b) => a.row - b.row)
  return { present, problems, records, rows: parsed.total, totals }
}
