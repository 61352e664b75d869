import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { relId } from '../../../src/access/branchScope'
import { roleOf } from '../../../src/access/roles'
import { evidenceProblem, transitionProblem } from '../../../src/domain/workflow'
import { activityStatusOptions, activityTypeOptions, labelOf, type ActivityStatus } from '../../../src/domain/vocabulary'
import { reviewerOf, reviewersInWords, tookPartIn } from '../../../src/workflow/reviewers'
import { t, toLang } from '../../../src/i18n/messages'
import type { Activity } from '../../../src/payload-types'

/**
 * The status flow draft → submitted → approved | returned (→ submitted …).
 * Every change is checked against the role, submitting requires the evidence
 * the activity type needs, returning requires a reason, and each change is
 * appended to the record's history (who, when, from, to, reason).
 */
type HistoryEntry = { by: number | string | null; from: ActivityStatus | null; reason: string | null; to: ActivityStatus }

/** The record's history with one more entry, stamped now (the users as ids, as the field stores them). */
export const withHistoryEntry = (history: Activity['history'] | undefined, entry: HistoryEntry): Activity['history'] =>
  [...(history ?? []).map((h) => ({ ...h, by: relId(h.by) })), { ...entry, at: new Date().toISOString() }] as Activity['history']

export const applyWorkflow: CollectionBeforeChangeHook<Activity> = async ({ data, operation, originalDoc, req }) => {
  if (req.context?.workflowSystem === true) return data
  const from = operation === 'create' ? null : ((originalDoc?.status ?? 'draft') as ActivityStatus)
  const to = (data.status ?? from ?? 'draft') as ActivityStatus
  data.status = to
  if (from === 'submitted' && to === 'submitted' && roleOf(req.user) === 'staff') {
    // staff may withdraw what they submitted, not change it while it waits for review
    throw new APIError(t(req, 'submittedIsLocked'), 403, { errors: [{ message: t(req, 'submittedIsLocked'), path: 'status' }] }, true)
  }
  // a new draft is no status change: createdBy and createdAt already say who filed it and when
  if (from === to || (from === null && to === 'draft')) return data

  const role = roleOf(req.user)
  const lang = toLang(req.i18n?.language)
  const reason = data.returnReason ?? null
  const reviewer = await reviewerOf(req, { branch: data.branch ?? originalDoc?.branch, campaign: data.campaign ?? originalDoc?.campaign })
  const participation = operation === 'create' ? { createdBy: req.user?.id } : { createdBy: originalDoc?.createdBy, figuresBy: data.figuresBy ?? originalDoc?.figuresBy, history: originalDoc?.history }
  // Local API calls without a user are the system itself (seed, import jobs acting for their uploader's checks)
  const problem = req.user ? transitionProblem({ from, isOwnRecord: tookPartIn(req.user.id, participation), reason, ...reviewer, role, to }) : null
  if (problem) {
    const vars = { from: from ? labelOf(activityStatusOptions, from, lang) : '—', to: labelOf(activityStatusOptions, to, lang), who: reviewersInWords(reviewer.reviewLevel, lang) }
    throw new APIError(t(req, problem, vars), problem === 'returnReasonRequired' ? 400 : 403, { field: 'status' }, true)
  }

  // evidence is the submitter's duty; the system itself (seed, data migration) files history as it was
  if (to === 'submitted' && req.user) {
    const merged = { ...originalDoc, ...data } as Activity
    const missing = evidenceProblem(merged.type, (merged.photos ?? []).length, merged.link)
    if (missing) {
      throw new APIError(t(req, missing, { type: labelOf(activityTypeOptions, merged.type, lang) }), 400, { field: 'photos' }, true)
    }
  }
  if (to !== 'returned' && operation === 'update' && data.returnReason === undefined) {
    // the reason stays visible in the history; the field shows the latest return only while it is returned
    data.returnReason = to === 'submitted' || to === 'approved' ? null : originalDoc?.returnReason
  }
  data.history = withHistoryEntry(originalDoc?.history, { by: req.user?.id ?? null, from: from ?? null, reason: to === 'returned' ? reason : null, to })
  return data
}
