/**
 * Monthly returns against the database: the tree of a campaign's month (from
 * branches, rollups and returns — never from records), and each step on a
 * node's return, checked and written in the caller's transaction.
 */
import { APIError, type PayloadRequest } from 'payload'

import { readableBranchIds, relId, sameId, userBranchId } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { audit } from '../audit/log'
import { ancestorIds, type BranchId } from '../domain/branchTree'
import { bucketKey } from '../domain/rollup'
import { mayAct, pendingChildren, RETURN_FLOW, type ReturnAction, type ReturnFacts, type ReturnStatus, returnStatusOptions, returnTree, type TreeRow } from '../domain/returns'
import { labelOf } from '../domain/vocabulary'
import { t, toLang } from '../i18n/messages'
import { branchById, once, systemRead } from '../lookups'
import { queueMail } from '../mail/send'
import { returnReturnedMail } from '../mail/templates'
import type { Campaign, MonthlyReturn } from '../payload-types'
import { fingerprintOf } from '../reports/generate'
import { totalsFor } from '../reports/totals'
import { participatingBranches } from '../workflow/completeness'
import { mailLink } from '../http'

export const returnKey = (campaign: BranchId, branch: BranchId, month: string) => bucketKey(campaign, branch, month)

type StatusCounts = { approved: number; draft: number; returned: number; submitted: number }

/** Records per branch and status this month, from the rollups. */
const recordCounts = async (req: PayloadRequest, campaign: BranchId, month: string): Promise<Map<string, StatusCounts>> => {
  const rollups = await req.payload.find({ collection: 'rollups', ...systemRead, req, select: { branch: true, byTypeStatus: true }, where: { and: [{ campaign: { equals: campaign } }, { month: { equals: month } }] } })
  const out = new Map<string, StatusCounts>()
  for (const r of rollups.docs) {
    const c: StatusCounts = { approved: 0, draft: 0, returned: 0, submitted: 0 }
    for (const perStatus of Object.values((r.byTypeStatus as Record<string, Record<string, number>> | null) ?? {})) {
      for (const k of ['approved', 'draft', 'returned', 'submitted'] as const) c[k] += perStatus[k] ?? 0
    }
    out.set(String(relId(r.branch)), c)
  }
  return out
}

export type ReturnsTree = { month: string; rows: Array<TreeRow & { records: StatusCounts; narrative: string | null }> }

/**
 * The month's tree: every participating node with its return's state, its
 * records by status and its subtree's reporting and on-time rates. Rates are
 * computed over the whole tree; `scope: 'user'` then keeps the rows the user
 * may read.
 */
export const loadTree = async (req: PayloadRequest, campaign: Campaign, month: string, scope: 'all' | 'user' = 'user', now = new Date()): Promise<ReturnsTree> => {
  const [nodes, counts, returns] = await Promise.all([
    participatingBranches(req, campaign),
    recordCounts(req, campaign.id, month),
    req.payload.find({
      collection: 'monthly-returns',
      ...systemRead,
      req,
      select: { branch: true, firstSubmittedAt: true, narrative: true, noActivity: true, stale: true, status: true, submittedAt: true },
      where: { and: [{ campaign: { equals: campaign.id } }, { month: { equals: month } }] },
    }),
  ])
  const facts = new Map<string, ReturnFacts & { narrative?: string | null }>(returns.docs.map((r) => [String(relId(r.branch)), r as ReturnFacts & { narrative?: string | null }]))
  const withRecords = new Set([...counts.entries()].filter(([, c]) => c.approved + c.draft + c.returned + c.submitted > 0).map(([id]) => id))
  const rows = returnTree(
    nodes.map((n) => ({ ...n, parent: relId(n.parent) })),
    withRecords,
    facts,
    month,
    campaign.deadlines,
    now,
  ).map((r) => ({ ...r, narrative: facts.get(String(r.id))?.narrative ?? null, records: counts.get(String(r.id)) ?? { approved: 0, draft: 0, returned: 0, submitted: 0 } }))
  if (scope === 'all') return { month, rows }
  const visible = await readableBranchIds(req)
  if (visible === null) return { month, rows }
  const ids = new Set(visible.map(String))
  return { month, rows: rows.filter((r) => ids.has(String(r.id))) }
}

export type ActInput = { action: ReturnAction; branch: BranchId; campaign: Campaign; month: string; narrative?: string | null; reason?: string | null }

const refuse = (req: PayloadRequest, status: number, key: Parameters<typeof t>[1], vars?: Record<string, string | number>, path?: string): never => {
  const message = t(req, key, vars)
  throw new APIError(message, status, path ? { errors: [{ message, path }] } : undefined, true)
}

/**
 * Takes one step on a node's return. Submit: the node's managers, once no
 * record of the node or its outlets awaits review and every node below it
 * that files a return has been accepted (or marked without activity); the
 * figures are frozen with the rollups' fingerprint. Accept: the level above,
 * never while a return below is not accepted. Return: the level above (or
 * compliance), with a reason, mailed; refused while the level above has
 * itself submitted. No activity: the level above, for a node with no record
 * in its subtree, with a reason.
 */
export const actOnReturn = async (req: PayloadRequest, input: ActInput): Promise<MonthlyReturn> => {
  const lang = toLang(req.i18n?.language)
  const { action, campaign, month } = input
  const node = await branchById(req, input.branch)
  if (!node || node.level === 'head-office') return refuse(req, 404, 'returnNotExpected')
  const tree = await loadTree(req, campaign, month, 'all')
  const row = tree.rows.find((r) => String(r.id) === String(node.id))
  if (!row) return refuse(req, 404, 'returnNotExpected')
  // a node without nodes below it files no return: its records travel in its parent's
  if (!row.expected && action !== 'no-activity') return refuse(req, 409, 'returnNotExpected')
  const parent = relId(node.parent) === null ? null : await branchById(req, relId(node.parent)!)
  const role = roleOf(req.user)
  if (!mayAct(action, { branch: userBranchId(req.user), role }, { ...node, parent: relId(node.parent) }, parent?.level === 'head-office')) {
    return refuse(req, 403, 'returnNotYours')
  }

  const key = returnKey(campaign.id, node.id, month)
  const existing = (await req.payload.find({ collection: 'monthly-returns', depth: 0, limit: 1, overrideAccess: true, pagination: false, req, where: { key: { equals: key } } })).docs[0]
  const status: ReturnStatus = (existing?.status as ReturnStatus | undefined) ?? 'open'
  if (!RETURN_FLOW[action].from.includes(status)) {
    return refuse(req, 409, 'returnWrongState', { status: labelOf(returnStatusOptions, status, lang) })
  }
  const nameOf = (r: { name: string; nameEn: string | null }) => (lang === 'en' ? (r.nameEn ?? r.name) : r.name)
  const now = new Date().toISOString()
  const reason = (input.reason ?? '').trim()
  const data: Partial<MonthlyReturn> = { status: RETURN_FLOW[action].to }
  let note: string | null = null

  if (action === 'submit') {
    // its own records and its outlets' (which it reviews) must all be decided
    const own = [row, ...tree.rows.filter((r) => String(r.parent) === String(node.id) && !r.expected)]
    const waiting = own.reduce((n, r) => n + r.records.submitted, 0)
    if (waiting > 0) return refuse(req, 409, 'returnRecordsPending', { n: waiting })
    const pending = pendingChildren(tree.rows, node.id)
    if (pending.length > 0) return refuse(req, 409, 'returnChildrenPending', { names: pending.slice(0, 10).map(nameOf).join('、') + (pending.length > 10 ? ' …' : ''), n: pending.length })
    const totals = await totalsFor(req, { campaign: campaign.id, month, root: node.id })
    const left = own.reduce((n, r) => n + r.records.draft + r.records.returned, 0)
    Object.assign(data, {
      fingerprint: fingerprintOf([...totals.byBranch.entries()].map(([branch, figures]) => ({ branch, figures }))),
      firstSubmittedAt: existing?.firstSubmittedAt ?? now,
      narrative: (input.narrative ?? '').trim() || null,
      noActivity: false,
      returnReason: null,
      snapshot: { ...totals.totals, approvedByType: totals.approvedByType, branches: totals.byBranch.size, notIncluded: left },
      stale: false,
      submittedAt: now,
      submittedBy: req.user?.id ?? null,
    })
    note = data.narrative ?? null
  } else if (action === 'accept') {
    // separation of duties: whoever submitted the month (a manager above acting for a node without one included) does not accept it
    if (role !== 'admin' && existing && sameId(relId(existing.submittedBy), req.user?.id)) {
      const who = !parent || parent.level === 'head-office' ? t(req, 'returnAcceptorHeadOffice') : t(req, 'returnAcceptorAbove', { name: nameOf({ name: parent.name, nameEn: parent.nameEn ?? null }) })
      return refuse(req, 403, 'returnSelfAccept', { who })
    }
    const pending = pendingChildren(tree.rows, node.id)
    if (pending.length > 0) return refuse(req, 409, 'returnChildrenPending', { names: pending.slice(0, 10).map(nameOf).join('、'), n: pending.length })
    Object.assign(data, { decidedAt: now, decidedBy: req.user?.id ?? null })
  } else if (action === 'return') {
    if (!reason) return refuse(req, 400, 'returnReasonRequired', undefined, 'reason')
    const parentReturn = parent && parent.level !== 'head-office' ? tree.rows.find((r) => String(r.id) === String(parent.id)) : null
    if (parentReturn && (parentReturn.status === 'submitted' || parentReturn.status === 'accepted')) {
      return refuse(req, 409, 'returnParentDecided', { name: nameOf(parentReturn) })
    }
    Object.assign(data, { decidedAt: now, decidedBy: req.user?.id ?? null, noActivity: false, returnReason: reason })
    note = reason
  } else {
    if (!reason) return refuse(req, 400, 'returnReasonRequired', undefined, 'reason')
    const subtree = tree.rows.filter((r) => String(r.id) === String(node.id) || ancestorIds(r.path).includes(String(node.id)))
    const records = subtree.reduce((n, r) => n + r.records.approved + r.records.draft + r.records.returned + r.records.submitted, 0)
    if (records > 0) return refuse(req, 409, 'noActivityHasRecords', { n: records })
    Object.assign(data, { decidedAt: now, decidedBy: req.user?.id ?? null, firstSubmittedAt: existing?.firstSubmittedAt ?? now, narrative: reason, noActivity: true, snapshot: null, stale: false, submittedAt: now, submittedBy: req.user?.id ?? null })
    note = reason
  }

  const history = [...(existing?.history ?? []).map((h) => ({ ...h, by: relId(h.by) })), { action, at: now, by: req.user?.id ?? null, note }]
  const saved = existing
    ? await req.payload.update({ collection: 'monthly-returns', data: { ...data, history } as never, depth: 0, id: existing.id, overrideAccess: true, req })
    : await req.payload.create({ collection: 'monthly-returns', data: { ...data, branch: node.id, campaign: campaign.id, history, key, month } as never, depth: 0, overrideAccess: true, req })

  const auditAction = ({ accept: 'return-accepted', 'no-activity': 'return-no-activity', return: 'return-returned', submit: 'return-submitted' } as const)[action]
  await audit(req, { action: auditAction, details: { branch: node.id, campaign: campaign.id, fingerprint: data.fingerprint ?? null, month, reason: reason || null }, summary: `${node.name} ${month}：${labelOf(returnStatusOptions, status, 'zh')} → ${labelOf(returnStatusOptions, RETURN_FLOW[action].to, 'zh')}`, target: { collection: 'monthly-returns', id: saved.id } })
  if (action === 'return') {
    const managers = await req.payload.find({ collection: 'users', ...systemRead, req, select: { email: true }, where: { and: [{ role: { equals: 'manager' } }, { branch: { equals: node.id } }] } })
    const by = (req.user as { email?: string; name?: string } | null)?.name ?? req.user?.email ?? '—'
    const mail = returnReturnedMail({ branch: node.name, by, month, reason, url: mailLink(`/admin/returns?campaign=${campaign.id}&month=${month}`) })
    await queueMail(req, { ...mail, branch: node.id, campaign: campaign.id, kind: 'return-returned', month, to: managers.docs.map((m) => m.email) })
  }
  return saved
}

/**
 * Returns submitted or accepted for a campaign's month, by branch id (read
 * once per request): the nodes whose subtree's records are frozen.
 */
export const signedOffNodes = (req: PayloadRequest, campaign: BranchId, month: string): Promise<Map<string, ReturnStatus>> =>
  once(req, `signed-off:${campaign}:${month}`, async () => {
    const res = await req.payload.find({ collection: 'monthly-returns', ...systemRead, req, select: { branch: true, status: true }, where: { and: [{ campaign: { equals: campaign } }, { month: { equals: month } }, { status: { in: ['submitted', 'accepted'] } }] } })
    return new Map(res.docs.map((r) => [String(relId(r.branch)), r.status as ReturnStatus]))
  })
