import { createLocalReq, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { relId } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { availableActions, WORKFLOW_ACTION_NAMES, WORKFLOW_ACTIONS, type WorkflowAction } from '../domain/workflow'
import type { ActivityStatus } from '../domain/vocabulary'
import { reviewerOf, tookPartIn } from './reviewers'
import { docId, json, jsonError } from '../http'
import { message, toLang } from '../i18n/messages'
import type { Activity } from '../payload-types'

/** At most this many records per request: a list page's worth, so the answer and the time it takes stay bounded. */
export const MAX_ACTION_IDS = 200

const body = z.object({
  action: z.enum(WORKFLOW_ACTION_NAMES as [WorkflowAction, ...WorkflowAction[]]),
  ids: z.array(docId).min(1).max(MAX_ACTION_IDS),
  reason: z.string().trim().max(2000).optional(),
})

export type ActionResult = { id: number | string; ok: boolean; status?: ActivityStatus; message?: string; title?: string }

/** The words of an error Payload or a hook threw: its own message, and the fields' messages of a validation error. */
const reasonOf = (error: unknown): string => {
  const e = error as { data?: { errors?: Array<{ message?: string }> }; message?: string }
  const details = (e.data?.errors ?? []).map((d) => d.message).filter((m): m is string => Boolean(m))
  return details.length > 0 ? details.join(' ') : (e.message ?? String(error))
}

/**
 * Takes one workflow action on each record, each in its own transaction with
 * the caller's rights and every hook (scope, month lock, evidence, review
 * rules, history, mails, rollups): what one record refuses does not stop the
 * others, and the answer says per record what happened and why.
 */
const takeAction = async (req: PayloadRequest): Promise<Response> => {
  const lang = toLang(req.i18n?.language)
  if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
  let raw: unknown
  try {
    raw = typeof req.json === 'function' ? await req.json() : req.data
  } catch {
    raw = undefined
  }
  const parsed = body.safeParse(raw)
  if (!parsed.success) return jsonError(req, 400, message(lang, 'actionRequestInvalid', { max: MAX_ACTION_IDS }))
  const { action, ids, reason } = parsed.data
  if (action === 'return' && !reason) return jsonError(req, 400, message(lang, 'returnReasonRequired'), { data: { errors: [{ message: message(lang, 'returnReasonRequired'), path: 'returnReason' }] } })

  const results: ActionResult[] = []
  for (const id of [...new Set(ids)]) {
    // a request of its own per record: its transaction, its caches and its hooks' memos start fresh
    const one = await createLocalReq({ req: { i18n: req.i18n, payloadAPI: 'REST' }, user: req.user }, req.payload)
    try {
      const doc = await req.payload.update({
        collection: 'activities',
        data: { status: WORKFLOW_ACTIONS[action], ...(action === 'return' ? { returnReason: reason } : {}) },
        depth: 0,
        id,
        overrideAccess: false,
        req: one,
        user: req.user,
      })
      results.push({ id: doc.id, ok: true, status: doc.status as ActivityStatus, title: doc.title })
    } catch (error) {
      // the title where the user may read the record, so the list says which one was refused
      const readable = await req.payload.findByID({ collection: 'activities', depth: 0, disableErrors: true, id, overrideAccess: false, req: one, select: { title: true }, user: req.user })
      results.push({ id, message: reasonOf(error), ok: false, ...(readable ? { title: readable.title } : {}) })
    }
    // the database client is synchronous: let timers and other requests run between records
    await new Promise((resolve) => setImmediate(resolve))
  }
  const done = results.filter((r) => r.ok).length
  return json(req, { action, done, refused: results.length - done, results })
}

/** What the record page shows: its status, the actions the user may take now, and the latest return. */
const recordActions = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
  const id = docId.safeParse(req.routeParams?.id)
  if (!id.success) return jsonError(req, 404, req.t('error:notFound'))
  const doc = (await req.payload.findByID({
    collection: 'activities',
    depth: 0,
    disableErrors: true,
    id: id.data,
    overrideAccess: false,
    req,
    select: { branch: true, campaign: true, createdBy: true, figuresBy: true, history: true, returnReason: true, status: true },
    showHiddenFields: true,
    user: req.user,
  })) as Pick<Activity, 'branch' | 'campaign' | 'createdBy' | 'figuresBy' | 'history' | 'id' | 'returnReason' | 'status'> | null
  if (!doc) return jsonError(req, 404, req.t('error:notFound'))
  const status = (doc.status ?? 'draft') as ActivityStatus
  const actions = !(await mayUpdate(req, doc.id)) ? [] : availableActions({ from: status, isOwnRecord: tookPartIn(req.user.id, doc), ...(await reviewerOf(req, doc)), role: roleOf(req.user) })
  const lastReturn = [...(doc.history ?? [])].reverse().find((h) => h.to === 'returned')
  return json(req, {
    actions,
    id: doc.id,
    lastReturn: status === 'returned' && lastReturn ? { at: lastReturn.at, by: relId(lastReturn.by), byName: await nameOf(req, relId(lastReturn.by)), reason: lastReturn.reason ?? doc.returnReason ?? null } : null,
    status,
  })
}

/** The reviewer's name as the returned-record mail gives it (the branch may read who returned its record). */
const nameOf = async (req: PayloadRequest, id: number | string | null): Promise<string | null> => {
  if (id === null) return null
  const u = await req.payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id, overrideAccess: true, req, select: { email: true, name: true } })
  return u ? (u.name ?? u.email) : null
}

/** The collection's own update access for this record (a where clause is checked against it). */
const mayUpdate = async (req: PayloadRequest, id: number | string): Promise<boolean> => {
  const access = req.payload.collections.activities.config.access.update
  const result = await access({ id: id as never, req })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({ collection: 'activities', overrideAccess: true, req, where: { and: [{ id: { equals: id } }, result] } })
  return totalDocs > 0
}

/** The bulk actions the list offers the user: any the role may take on some record. */
const bulkActions = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
  const role = roleOf(req.user)
  const offered = new Set<WorkflowAction>()
  // which records they review depends on each record's campaign and branch: the list offers what the role may ever take
  const reviews = role === 'admin' || role === 'compliance' || role === 'manager'
  for (const from of ['draft', 'submitted', 'approved', 'returned'] as const) {
    for (const a of availableActions({ from, isOwnRecord: false, reviewLevel: 'supervising', reviews, role })) offered.add(a)
  }
  return json(req, { actions: WORKFLOW_ACTION_NAMES.filter((a) => offered.has(a)) })
}

export const actionEndpoints: Endpoint[] = [
  { handler: takeAction, method: 'post', path: '/workflow' },
  { handler: bulkActions, method: 'get', path: '/workflow' },
  { handler: recordActions, method: 'get', path: '/:id/actions' },
]
