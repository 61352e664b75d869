/**
 * Bulk review: approve or return many submitted records in one request, all
 * or nothing. Every record is checked first with the same rules a single
 * save meets (scope, the campaign's review level, own records, month locks,
 * signed-off months); one refusal writes nothing and the answer lists each
 * refused record and why. Then the statuses and histories are written in one
 * transaction, the returned records' submitters are mailed, and each touched
 * (campaign, branch, month) has its rollup recomputed and its final reports
 * and signed-off returns checked once, not once per record.
 */
import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { z } from 'zod'

import { relId, subtreeIds } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { BULK_REVIEW_KEY } from '../audit/hooks'
import { audit } from '../audit/log'
import { dayOf } from '../domain/dates'
import { MONTH_PATTERN } from '../domain/monthLock'
import { bucketKey } from '../domain/rollup'
import { transitionProblem } from '../domain/workflow'
import { activityStatusOptions, labelOf, type ActivityStatus } from '../domain/vocabulary'
import { docId, json, jsonError, mailLink } from '../http'
import { message, t, toLang } from '../i18n/messages'
import { branchById } from '../lookups'
import { queueMail } from '../mail/send'
import { returnedMail } from '../mail/templates'
import type { Activity } from '../payload-types'
import { markStaleReports } from '../reports/generate'
import { assertNotFrozen, markReturnsStale } from '../returns/freeze'
import { monthRange } from './completeness'
import { lockFor, lockMessage } from './monthLock'
import { appendRecordHistory, type HistoryEntry, setRecordColumns } from './recordWrites'
import { reviewerOf, reviewersInWords, tookPartIn } from './reviewers'
import { type Bucket, bucketOf, inKeyOrder, recomputeBucket } from './rollups'

/** At most this many records per request: a sub-branch's month; a larger selection is reviewed node by node. */
export const MAX_REVIEW = 5000

const body = z
  .object({
    action: z.enum(['approve', 'return']),
    filter: z
      .object({
        branch: docId,
        campaign: docId,
        month: z.string().regex(MONTH_PATTERN),
        status: z.enum(['submitted']).default('submitted'),
      })
      .optional(),
    ids: z.array(docId).min(1).max(MAX_REVIEW).optional(),
    preview: z.boolean().optional(),
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((b) => Boolean(b.ids) !== Boolean(b.filter), { message: 'ids or filter' })

type Refusal = { id: number | string; message: string; title?: string }
type Target = Pick<Activity, 'branch' | 'campaign' | 'createdBy' | 'date' | 'figuresBy' | 'history' | 'id' | 'status' | 'title'>

const FIELDS = { branch: true, campaign: true, createdBy: true, date: true, figuresBy: true, history: true, status: true, title: true } as const

/** The records a filter names: a node's subtree, a campaign's month, submitted — read with the caller's rights. */
const idsOf = async (req: PayloadRequest, f: NonNullable<z.infer<typeof body>['filter']>): Promise<Array<number | string>> => {
  const { from, to } = monthRange(f.month)
  const where: Where = { and: [{ campaign: { equals: f.campaign } }, { branch: { in: await subtreeIds(req, f.branch) } }, { date: { greater_than_equal: from } }, { date: { less_than: to } }, { status: { equals: f.status } }] }
  const res = await req.payload.find({ collection: 'activities', depth: 0, limit: MAX_REVIEW + 1, overrideAccess: false, pagination: false, req, select: {}, user: req.user, where })
  return res.docs.map((d) => d.id)
}

/** Why this record may not take the step, or null (the same rules as a single save, without writing). */
const problemOf = async (req: PayloadRequest, r: Target, to: ActivityStatus, reason: string | undefined): Promise<string | null> => {
  const lang = toLang(req.i18n?.language)
  const from = (r.status ?? 'draft') as ActivityStatus
  if (from === to) return null
  const reviewer = await reviewerOf(req, r)
  const problem = transitionProblem({ from, isOwnRecord: tookPartIn(req.user!.id, r), reason, ...reviewer, role: roleOf(req.user), to })
  if (problem) return t(req, problem, { from: labelOf(activityStatusOptions, from, lang), to: labelOf(activityStatusOptions, to, lang), who: reviewersInWords(reviewer.reviewLevel, lang) })
  if (roleOf(req.user) !== 'admin') {
    const lock = await lockFor(req, r)
    if (lock) return lockMessage(req, lock)
  }
  try {
    await assertNotFrozen(req, r)
  } catch (e) {
    return (e as Error).message
  }
  return null
}

export const review = async (req: PayloadRequest): Promise<Response> => {
  const lang = toLang(req.i18n?.language)
  if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
  const role = roleOf(req.user)
  if (role !== 'admin' && role !== 'compliance' && role !== 'manager') return jsonError(req, 403, req.t('error:notAllowedToPerformAction'))
  let raw: unknown
  try {
    raw = typeof req.json === 'function' ? await req.json() : req.data
  } catch {
    raw = undefined
  }
  const parsed = body.safeParse(raw)
  if (!parsed.success) return jsonError(req, 400, message(lang, 'reviewRequestInvalid', { max: MAX_REVIEW }))
  const { action, filter, preview } = parsed.data
  const reason = parsed.data.reason || undefined
  if (action === 'return' && !reason) return jsonError(req, 400, message(lang, 'returnReasonRequired'), { data: { errors: [{ message: message(lang, 'returnReasonRequired'), path: 'reason' }] } })
  const to: ActivityStatus = action === 'approve' ? 'approved' : 'returned'

  const ids = [...new Set((filter ? await idsOf(req, filter) : parsed.data.ids!).map(String))]
  if (ids.length > MAX_REVIEW) return jsonError(req, 400, message(lang, 'reviewTooMany', { max: MAX_REVIEW, n: ids.length }))
  // read with the caller's rights: an id they may not read is refused like one that does not exist
  const readable = ids.length === 0 ? [] : (await req.payload.find({ collection: 'activities', depth: 0, limit: 0, overrideAccess: false, pagination: false, req, select: FIELDS, showHiddenFields: true, user: req.user, where: { id: { in: ids } } })).docs as Target[]
  const byId = new Map(readable.map((r) => [String(r.id), r]))
  const refused: Refusal[] = []
  const byNode = new Map<string, { branch: string; n: number }>()
  for (const id of ids) {
    const r = byId.get(id)
    if (!r) {
      refused.push({ id, message: message(lang, 'reviewNotFound') })
      continue
    }
    const problem = await problemOf(req, r, to, reason)
    if (problem) refused.push({ id: r.id, message: problem, title: r.title })
    const b = await branchById(req, relId(r.branch)!)
    const node = byNode.get(String(relId(r.branch))) ?? { branch: lang === 'en' ? (b?.nameEn ?? b?.name ?? '') : (b?.name ?? ''), n: 0 }
    node.n++
    byNode.set(String(relId(r.branch)), node)
  }
  const counts = { byBranch: [...byNode.values()].sort((a, b) => b.n - a.n), records: ids.length }
  if (preview) return json(req, { action, counts, done: 0, ids: ids.length <= 1000 ? ids : undefined, preview: true, refused })
  if (refused.length > 0) return json(req, { action, counts, done: 0, errors: [{ message: message(lang, 'reviewRefused', { n: refused.length }) }], refused }, 409)

  const own = await initTransaction(req)
  try {
    const now = new Date().toISOString()
    const buckets = new Map<string, Bucket>()
    for (const id of ids) {
      const r = byId.get(id)!
      const from = (r.status ?? 'draft') as ActivityStatus
      if (from === to) continue
      const entry = { at: now, by: req.user.id, from, reason: to === 'returned' ? reason! : null, to }
      // the record's own hooks guard single saves; here every rule was checked above for the whole selection
      await writeDecision(req, r, entry, { returnReason: to === 'returned' ? reason! : null, status: to, updatedAt: now })
      const history = [...(r.history ?? []), entry]
      const b = bucketOf(r)
      if (b) buckets.set(bucketKey(b.campaign, b.branch, b.month), b)
      if (to === 'returned') await mailReturned(req, r, reason!, history)
    }
    for (const b of inKeyOrder(buckets)) {
      await recomputeBucket(req.payload, req, b)
      await markStaleReports(req, b.campaign, b.month, b.branch)
      await markReturnsStale(req, b.campaign, b.month, b.branch)
    }
    req.context = { ...req.context, [BULK_REVIEW_KEY]: true }
    await audit(req, {
      action: 'records-reviewed',
      details: { action, ids: ids.slice(0, 5000), reason: reason ?? null },
      summary: `${action === 'approve' ? '批量审核通过' : '批量退回'} ${ids.length} 条记录${reason ? `：${reason}` : ''}`,
      target: { collection: 'activities', id: null },
    })
    if (own) await commitTransaction(req)
    return json(req, { action, counts, done: ids.length, refused: [] })
  } catch (e) {
    if (own) await killTransaction(req)
    throw e
  }
}

/**
 * One record's new status and its history entry, written directly (one
 * UPDATE of main-row columns and one INSERT on SQL databases; a $set on
 * MongoDB), inside the request's transaction.
 */
const writeDecision = async (req: PayloadRequest, r: Target, entry: HistoryEntry, row: { returnReason: string | null; status: ActivityStatus; updatedAt: string }) => {
  await setRecordColumns(req, r.id, row)
  await appendRecordHistory(req, r.id, r.history, entry)
}

/** The submitter of a returned record hears why, as from a single return. */
const mailReturned = async (req: PayloadRequest, r: Target, reason: string, history: Array<{ by?: unknown; to: string }>) => {
  const submitter = [...history].reverse().find((h) => h.to === 'submitted')?.by ?? r.createdBy
  const userId = relId(submitter)
  if (userId === null) return
  const user = await req.payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: userId, overrideAccess: true, req, select: { email: true } })
  if (!user?.email) return
  const branchId = relId(r.branch)
  const branch = branchId === null ? null : await branchById(req, branchId)
  const mail = returnedMail({
    branch: branch?.name ?? '',
    by: (req.user as { name?: string | null; email?: string } | null)?.name || req.user?.email || '总行',
    date: dayOf(r.date),
    reason,
    title: r.title,
    url: mailLink(`/admin/collections/activities/${r.id}`),
  })
  await queueMail(req, { ...mail, activities: [r.id], branch: branchId, campaign: relId(r.campaign), kind: 'returned', to: [user.email] })
}

export const reviewEndpoint: Endpoint = { handler: review, method: 'post', path: '/review' }
