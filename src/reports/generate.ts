import { createHash } from 'node:crypto'
import path from 'node:path'

import { APIError, commitTransaction, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'

import { relId, subtreeIds } from '../access/branchScope'
import { holdLock } from '../concurrency'
import { crashPoint } from '../crashPoint'
import { queryJson } from '../drizzle'
import type { BranchId } from '../domain/branchTree'
import { dayOf } from '../domain/dates'
import { activityTypeOptions, labelOf } from '../domain/vocabulary'
import type { Lang } from '../i18n/messages'
import { once, systemRead } from '../lookups'
import type { Activity, Branch, Campaign, Report, ReportTemplate } from '../payload-types'
import { listStored, removeStored } from '../storage'
import { monthRange } from '../workflow/completeness'
import { reportBranches, reportData } from './data'
import { renderTemplate, TEMPLATE_LIMITS, TemplateRenderError } from './engine'
import { totalsFor } from './totals'
import { htmlBlocks } from './blocks'
import { chartPng, chartSvg } from './chart'
import { reportDocx } from './docx'
import { reportPdf } from './pdf'
import { reportXlsx, type ActivityRow } from './xlsx'
import { reportWord, t } from '../i18n/messages'
import { audit } from '../audit/log'
import { fileLink } from '../http'

export const FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const
export type Format = (typeof FORMATS)[number]

export type GenerateInput = { campaign: Campaign; formats: Format[]; month: string; nextSteps?: string | null; scope?: Branch | null; template: ReportTemplate }

/** A one-argument function whose answers are kept by argument (for the few distinct dates of a month's records). */
const memo = <R>(fn: (s: string) => R): ((s: string) => R) => {
  const seen = new Map<string, R>()
  return (s) => {
    let v = seen.get(s)
    if (v === undefined && !seen.has(s)) seen.set(s, (v = fn(s)))
    return v as R
  }
}

/** Records read per query for the per-record sheet. */
export const RECORD_PAGE = 5000

type Printed = Pick<Activity, 'branch' | 'date' | 'id' | 'interception' | 'title' | 'type'>

/**
 * The approved records in scope, in date order, a page at a time: only the
 * printed columns (no leaflet or reach rows), read through the database
 * adapter (Payload's per-document read hooks cost ~80 µs a record and compute
 * nothing these columns need; the caller is head office's generation, which
 * reads everything in scope). Each page continues after the last record of
 * the one before (date, then id), so a record saved meanwhile neither
 * repeats nor pushes one out.
 */
export async function* approvedInScope(req: PayloadRequest, campaign: Campaign, month: string, scope: Branch | null | undefined, pageSize = RECORD_PAGE, via: 'adapter' | 'sql' = 'sql'): AsyncGenerator<Printed[]> {
  const ids = scope ? await subtreeIds(req, scope.id) : null
  const { from, to } = monthRange(month)
  // `via: 'adapter'` takes MongoDB's path on a SQL engine too (the test compares the two)
  if (via === 'sql' && (req.payload.db.name === 'sqlite' || req.payload.db.name === 'postgres')) {
    yield* approvedRows(req, { campaign: campaign.id, from, ids, pageSize, to })
    return
  }
  const base: Where[] = [{ campaign: { equals: campaign.id } }, { status: { equals: 'approved' } }, { date: { greater_than_equal: from } }, { date: { less_than: to } }, ...(ids ? [{ branch: { in: ids } }] : [])]
  let after: { date: string; id: number | string } | null = null
  for (;;) {
    const next: Where[] = after ? [{ or: [{ date: { greater_than: after.date } }, { and: [{ date: { equals: after.date } }, { id: { greater_than: after.id } }] }] }] : []
    const res = await req.payload.db.find<Printed>({
      collection: 'activities',
      limit: pageSize,
      pagination: false,
      req,
      select: { branch: true, date: true, interception: { lossesAvoided: true }, title: true, type: true },
      sort: ['date', 'id'],
      where: { and: [...base, ...next] },
    })
    if (res.docs.length > 0) yield res.docs
    if (res.docs.length < pageSize) return
    const last = res.docs.at(-1)!
    after = { date: typeof last.date === 'string' ? last.date : new Date(last.date).toISOString(), id: last.id }
  }
}

/**
 * The same pages on the SQL engines: one query per page whose single value is
 * the page as a JSON array of six-column rows, built by the database
 * (`json_group_array` on SQLite, `json_agg` on PostgreSQL), and parsed at
 * once. Neither Payload's per-row transform (~80 µs a record: 4.8 s for
 * 60,000) nor the drivers' per-row objects (~1.8 s) are paid: 60,000 rows in
 * ~0.35 s here. The next page continues after the last row's (date, id), a
 * row-value comparison both engines answer from the date index.
 */
async function* approvedRows(req: PayloadRequest, q: { campaign: number | string; from: string; ids: Array<number | string> | null; pageSize: number; to: string }): AsyncGenerator<Printed[]> {
  // records are filed at noon of their day: a month has few distinct instants, each converted once
  const isoOf = memo((stored: string) => new Date(stored).toISOString())
  let after: [unknown, unknown] | null = null
  for (;;) {
    const page =
      (await queryJson<Array<[number | string, number | string | null, string, string, Printed['type'], number | string | null]>>(req, ({ json, sql }) => {
        const rows = sql`SELECT id, branch_id, date, title, type, interception_losses_avoided FROM activities
          WHERE campaign_id = ${q.campaign} AND status = 'approved' AND date >= ${q.from} AND date < ${q.to}
          ${q.ids ? sql`AND branch_id IN (${q.ids.length ? sql.join(q.ids.map((v) => sql`${v}`), sql`, `) : sql`NULL`})` : sql``}
          ${after ? sql`AND (date, id) > (${after[0]}, ${after[1]})` : sql``}
          ORDER BY date, id LIMIT ${q.pageSize}`
        const columns = ['id', 'branch_id', 'date', 'title', 'type', 'interception_losses_avoided'].map((c) => sql.raw(`p.${c}`))
        return sql`SELECT ${json.agg(json.array(...columns), sql`p.date, p.id`)} AS value FROM (${rows}) AS p`
      })) ?? []
    if (page.length > 0)
      yield page.map(([id, branch, date, title, type, losses]) => ({
        branch: branch as Printed['branch'],
        date: isoOf(date),
        id,
        interception: { lossesAvoided: losses === null ? 0 : Number(losses) },
        title,
        type,
      }))
    if (page.length < q.pageSize) return
    const last = page.at(-1)!
    after = [last[2], last[0]]
  }
}

/**
 * A fingerprint of the records behind a report: the approved figures of every
 * (branch, month) bucket in scope, as the rollups keep them from the records.
 * An unchanged month gives the same fingerprint; any change to an approved
 * figure changes it (a change that moves no figure also marks final reports
 * stale, through the records' own hook).
 */
export const fingerprintOf = (buckets: Array<{ branch: string; figures: unknown }>) =>
  createHash('sha256')
    .update(
      buckets
        .map((b) => `${b.branch}:${JSON.stringify(b.figures)}`)
        .sort()
        .join('\n'),
    )
    .digest('hex')

const page = (title: string, body: string, lang: Lang, chart: string) => `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${title.replace(/[<&>"]/g, '')}</title>
<style>body{font-family:'Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.7}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}td:nth-child(n+2),thead th:nth-child(n+2){text-align:right;font-variant-numeric:tabular-nums}tfoot th,tfoot td{font-weight:700;border-top:2px solid #555}a{color:#8c1d18}.meta{color:#555}</style>
</head><body>${body}<figure>${chart}</figure></body></html>
`

/**
 * Generates (or regenerates) the draft report for a campaign, month and
 * scope in the template's language: totals from the rollups, rendered HTML,
 * the requested files. A draft for the same campaign, month, scope and
 * language is replaced; a final one is never touched (a new draft is made).
 */
export const generateReport = async (req: PayloadRequest, input: GenerateInput): Promise<Report> => {
  const lang: Lang = input.template.language === 'en' ? 'en' : 'zh'
  const serverURL = req.payload.config.serverURL
  const current = await totalsFor(req, { campaign: input.campaign.id, month: input.month, root: input.scope?.id })
  const data = await reportData(req, { campaign: input.campaign, current, lang, month: input.month, nextSteps: input.nextSteps, root: input.scope ?? null, serverURL })
  const body = await renderTemplate(input.template.body, data, lang).catch((e: unknown) => {
    if (!(e instanceof TemplateRenderError)) throw e
    // the template's author made it ask too much: a 422 saying which limit, where, in the user's language
    const vars = { line: e.line ?? '?', memory: TEMPLATE_LIMITS.memoryMb, ms: TEMPLATE_LIMITS.renderMs, name: input.template.name ?? '', detail: e.detail.slice(0, 300) }
    const key = e.limit === 'memory' ? 'reportTemplateMemoryLimit' : e.limit === 'time' ? 'reportTemplateTimeLimit' : 'reportTemplateFailed'
    throw new APIError(t(req, key, vars), 422, { line: e.line, limit: e.limit }, true)
  })
  const title = `${data.campaign.title} · ${data.monthLabel} · ${data.scope.name}`
  const svg = chartSvg(
    [...data.branches].sort((x, y) => y.people - x.people).map((b) => ({ name: b.name, people: b.people })),
    Object.entries(data.totals.peopleByDay).sort(([x], [y]) => x.localeCompare(y)).map(([day, people]) => ({ day, people })),
    [reportWord(lang, 'chartByBranch'), reportWord(lang, 'chartByDay')],
    (n) => reportWord(lang, 'chartOthers', { n }),
  )
  const html = page(title, body, lang, svg)
  const fingerprint = fingerprintOf([...current.byBranch.entries()].map(([branch, figures]) => ({ branch, figures })))

  const scopeId = input.scope?.id ?? null
  const stamp = `${input.campaign.slug}-${input.month}-${scopeId ?? 'all'}-${lang}`
  // everything is rendered first; the files and the report are then written in one transaction
  const outputs: Array<{ data: Buffer; mimetype: string; name: string }> = []
  const keep = (data: Buffer, name: string, mimetype: string) => outputs.push({ data, mimetype, name })
  // HTML is kept on the report itself and served by GET /api/reports/:id/html (an .html upload would be a stored-XSS risk)
  const blocks = htmlBlocks(body)
  const png = input.formats.includes('pdf') || input.formats.includes('docx') ? await chartPng(svg) : null
  if (input.formats.includes('pdf')) keep(await reportPdf(blocks, png, { title }), `${stamp}.pdf`, 'application/pdf')
  if (input.formats.includes('docx')) keep(await reportDocx(blocks, png, { title }), `${stamp}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  if (input.formats.includes('xlsx')) {
    // the per-activity sheet lists every approved record: the one format that reads the records themselves
    const names = new Map((await reportBranches(req)).docs.map((b) => [String(b.id), lang === 'en' ? (b.nameEn ?? b.name) : b.name]))
    // streamed into the sheet a page at a time: the records are never all in memory at once
    const day = memo(dayOf)
    const rows = async function* (): AsyncGenerator<ActivityRow[]> {
      for await (const docs of approvedInScope(req, input.campaign, input.month, input.scope)) {
        yield docs.map((a) => ({
          branch: names.get(String(relId(a.branch))) ?? '',
          date: day(a.date),
          lossesAvoided: a.interception?.lossesAvoided ?? 0,
          title: a.title,
          type: labelOf(activityTypeOptions, a.type, lang),
          url: fileLink(req, `/admin/collections/activities/${a.id}`),
        }))
      }
    }
    keep(await reportXlsx(data, rows(), lang), `${stamp}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  }

  const draftKey = `${input.campaign.id}|${input.month}|${scopeId ?? 'all'}|${lang}`
  const doc = {
    campaign: input.campaign.id,
    draftKey,
    fingerprint,
    generatedAt: new Date().toISOString(),
    generatedBy: req.user?.id ?? null,
    html,
    language: lang,
    month: input.month,
    nextSteps: input.nextSteps ?? null,
    scope: scopeId,
    stale: false,
    status: 'draft' as const,
    template: input.template.id,
    title,
    totals: data.totals as unknown as Record<string, unknown>,
  }
  const findDraft = async () =>
    (await req.payload.find({ collection: 'reports', depth: 0, limit: 1, overrideAccess: true, req, where: { draftKey: { equals: draftKey } } })).docs[0]
  const write = async (): Promise<Report> => {
    // PostgreSQL, several instances: generations of one draft take turns, the second updating what the first committed
    // (on PostgreSQL a unique violation aborts the whole transaction, so the catch below could not look again)
    await holdLock(req, `report:${draftKey}`)
    const files: Array<number | string> = []
    for (const o of outputs) {
      const f = await req.payload.create({ collection: 'report-files', data: { scope: scopeId }, file: { ...o, size: o.data.length }, overrideAccess: true, req })
      files.push(f.id)
    }
    crashPoint('report-files-written')
    const data = { ...doc, files }
    const draft = await findDraft()
    if (draft) return req.payload.update({ collection: 'reports', data, id: draft.id, overrideAccess: true, req })
    try {
      return await req.payload.create({ collection: 'reports', data, overrideAccess: true, req })
    } catch (e) {
      // another generator made the draft meanwhile (unique draftKey): update that one
      const raced = await findDraft()
      if (!raced) throw e
      return req.payload.update({ collection: 'reports', data, id: raced.id, overrideAccess: true, req })
    }
  }
  // all or nothing: a crash or an error leaves neither file rows nor a report behind (orphaned files on disk are swept at start)
  const own = await initTransaction(req)
  try {
    const report = await write()
    await audit(req, { action: 'report-generated', details: { formats: input.formats, language: lang, month: input.month, scope: scopeId }, summary: `生成报告：${title}`, target: { collection: 'reports', id: report.id } })
    if (own) await commitTransaction(req)
    return report
  } catch (e) {
    if (own) await killTransaction(req)
    throw e
  }
}

/** Report files stored (on disk or in the bucket) that no row refers to, left by a generation cut off before its commit: removed at start. */
export const sweepOrphanReportFiles = async (payload: Payload, olderThanMs = 10 * 60_000): Promise<number> => {
  const stored = await listStored('report-files')
  if (stored.length === 0) return 0
  const known = new Set((await payload.find({ collection: 'report-files', ...systemRead, select: { filename: true } })).docs.map((f) => f.filename))
  let removed = 0
  for (const f of stored) {
    if (known.has(f.name) || Date.now() - f.modifiedMs < olderThanMs) continue
    await removeStored('report-files', f.name)
    removed++
  }
  return removed
}

/** Final reports whose records changed since: marked stale (called when an approved record changes). */
export const markStaleReports = async (req: PayloadRequest, campaign: BranchId, month: string, branch: BranchId) => {
  // read once per request and month: a bulk approval of a thousand records asks once, not a thousand times
  const finals = await once(req, `final-reports:${campaign}:${month}`, () =>
    req.payload.find({
      collection: 'reports',
      ...systemRead,
      req,
      select: { scope: true, stale: true },
      where: { and: [{ campaign: { equals: campaign } }, { month: { equals: month } }, { status: { equals: 'final' } }, { stale: { equals: false } }] },
    }),
  )
  for (const r of finals.docs) {
    if (r.stale) continue
    const scope = relId(r.scope)
    const covers = scope === null || (await subtreeIds(req, scope)).some((id) => String(id) === String(branch))
    if (covers) {
      await req.payload.update({ collection: 'reports', data: { stale: true }, id: r.id, overrideAccess: true, req })
      r.stale = true
    }
  }
}
