import { APIError, type PayloadRequest } from 'payload'

import { relId } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { ancestorIds, type BranchId } from '../domain/branchTree'
import { monthOf } from '../domain/dates'
import { returnStatusOptions } from '../domain/returns'
import { labelOf } from '../domain/vocabulary'
import { t, toLang } from '../i18n/messages'
import { branchById, systemRead } from '../lookups'
import type { Placement } from '../workflow/monthLock'
import { signedOffNodes } from './service'

/** The signed-off node (the record's branch or one above it) whose return freezes a record placed here, or null. */
const freezingNode = async (req: PayloadRequest, p: Placement) => {
  const campaign = relId(p.campaign)
  const branchId = relId(p.branch)
  if (campaign === null || branchId === null || !p.date) return null
  const month = monthOf(p.date)
  const signed = await signedOffNodes(req, campaign, month)
  if (signed.size === 0) return null
  const branch = await branchById(req, branchId)
  if (!branch) return null
  for (const id of [String(branch.id), ...ancestorIds(branch.path).reverse()]) {
    const status = signed.get(id)
    if (status) return { id, month, status }
  }
  return null
}

/**
 * Records inside a subtree whose monthly return is submitted or accepted are
 * frozen: nobody but an administrator creates, changes or deletes them until
 * the level above returns that return (423, naming the node and its state).
 */
export const assertNotFrozen = async (req: PayloadRequest, ...places: Placement[]): Promise<void> => {
  if (roleOf(req.user) === 'admin' || req.context?.workflowSystem === true) return
  for (const p of places) {
    const hit = await frozenBy(req, p)
    if (hit) throw new APIError(t(req, 'returnFrozen', hit), 423, { month: hit.month, node: hit.node }, true)
  }
}

/** The signed-off node that freezes a record placed here, in the request's language (an import's dry run lists it per row), or null. */
export const frozenBy = async (req: PayloadRequest, p: Placement): Promise<{ month: string; name: string; node: string; status: string } | null> => {
  const hit = await freezingNode(req, p)
  if (!hit) return null
  const node = await branchById(req, hit.id)
  const lang = toLang(req.i18n?.language)
  const name = lang === 'en' ? (node?.nameEn ?? node?.name ?? hit.id) : (node?.name ?? hit.id)
  return { month: hit.month, name, node: hit.id, status: labelOf(returnStatusOptions, hit.status, lang) }
}

/** A change to a signed-off month (an administrator's correction): its return and every one above it are marked stale. */
export const markReturnsStale = async (req: PayloadRequest, campaign: BranchId, month: string, branch: BranchId): Promise<void> => {
  const signed = await signedOffNodes(req, campaign, month)
  if (signed.size === 0) return
  const b = await branchById(req, branch)
  if (!b) return
  const ids = [String(b.id), ...ancestorIds(b.path)].filter((id) => signed.has(id))
  if (ids.length === 0) return
  const hits = await req.payload.find({ collection: 'monthly-returns', ...systemRead, req, select: { stale: true }, where: { and: [{ campaign: { equals: campaign } }, { month: { equals: month } }, { branch: { in: ids } }, { stale: { equals: false } }] } })
  for (const r of hits.docs) await req.payload.update({ collection: 'monthly-returns', data: { stale: true }, depth: 0, id: r.id, overrideAccess: true, req, select: { stale: true } })
}
