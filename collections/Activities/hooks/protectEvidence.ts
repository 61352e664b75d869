import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { UNDO_IMPORT } from '../../../src/import/undo'
import { relId, subtreeIds } from '../../../src/access/branchScope'
import { roleOf } from '../../../src/access/roles'
import { t } from '../../../src/i18n/messages'
import type { Activity } from '../../../src/payload-types'
import { withHistoryEntry } from './applyWorkflow'
import { photoIds } from '../../../src/workflow/duplicatePhotos'

/**
 * A record's photos are evidence of what its branch did: a user may attach
 * only photos they may read *and* that belong to the record's branch subtree
 * (or shared files without a branch). Anything else — another branch's photo,
 * an id that does not exist — is refused with the photo named, and nothing
 * is written (no other record is looked at or touched). The same words for
 * "does not exist" and "not yours": ids of other branches' photos stay
 * unconfirmed.
 */
export const checkEvidence: CollectionBeforeChangeHook<Activity> = async ({ data, operation, originalDoc, req }) => {
  if (!req.user || req.context?.workflowSystem === true || data.photos === undefined) return data
  const before = new Set(operation === 'update' ? photoIds(originalDoc?.photos) : [])
  const added = photoIds(data.photos).filter((p) => !before.has(p))
  if (added.length === 0) return data
  const branch = relId(data.branch ?? originalDoc?.branch)
  const subtree = new Set(branch === null ? [] : (await subtreeIds(req, branch)).map(String))
  const readable = await req.payload.find({
    collection: 'media',
    depth: 0,
    limit: added.length,
    overrideAccess: false,
    pagination: false,
    req,
    select: { branch: true },
    where: { id: { in: added } },
  })
  for (const id of added) {
    const m = readable.docs.find((d) => String(d.id) === id)
    const owner = relId(m?.branch)
    if (!m || (owner !== null && !subtree.has(String(owner)))) {
      throw new APIError(t(req, 'photoNotUsable', { id }), 403, { field: 'photos', photo: id }, true)
    }
  }
  return data
}

/** What an approved record says; changing any of it is a correction, not an edit. */
const CONTENT: Array<keyof Activity> = ['campaign', 'branch', 'date', 'type', 'title', 'location', 'description', 'leaflets', 'reach', 'interception', 'fraudTypes', 'photos', 'link', 'externalId']

/** Comparable form of a field's value: relations as ids, array rows without their row ids, empty as null. */
const norm = (key: keyof Activity, v: unknown): string => {
  if (v === undefined || v === null || v === '') return 'null'
  switch (key) {
    case 'campaign':
    case 'branch':
      return String(relId(v))
    case 'photos':
      return JSON.stringify(photoIds(v as unknown[]).sort())
    case 'date':
      return new Date(v as string).toISOString()
    case 'fraudTypes':
      return JSON.stringify([...(v as string[])].sort())
    case 'leaflets':
      return JSON.stringify((v as Array<{ material: unknown; quantity: number }>).map((r) => [String(relId(r.material)), Number(r.quantity ?? 0)]))
    case 'reach':
      return JSON.stringify((v as Array<{ audience: string; channel: string; count: number }>).map((r) => [r.audience, r.channel, Number(r.count ?? 0)]))
    case 'interception': {
      const i = v as NonNullable<Activity['interception']>
      return JSON.stringify([i.transactionsStopped ?? 0, i.lossesAvoided ?? 0, i.suspectsCaught ?? 0])
    }
    default:
      return JSON.stringify(v)
  }
}

/**
 * Approved means approved: nobody but admin changes what an approved record
 * says (figures, photos, branch …) — the branch asks compliance to return it
 * first. Status, the return reason and the highlight mark stay the
 * reviewers' as before. An admin's correction needs a reason, which is
 * appended to the record's history.
 */
/** The fields among `keys` that `data` sends with a value other than the stored one (as `norm` compares them). */
export const changedContent = (data: Partial<Activity>, originalDoc: Partial<Activity> | undefined, keys: ReadonlyArray<keyof Activity> = CONTENT): Array<keyof Activity> =>
  keys.filter((k) => k in data && norm(k, data[k]) !== norm(k, originalDoc?.[k]))

export const protectApproved: CollectionBeforeChangeHook<Activity> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.status !== 'approved' || !req.user || req.context?.workflowSystem === true) return data
  const changed = changedContent(data, originalDoc)
  const reason = (data as { correctionReason?: string | null }).correctionReason?.trim()
  if (changed.length === 0) return data
  if (roleOf(req.user) !== 'admin') throw new APIError(t(req, 'approvedIsFinal'), 403, { field: changed[0] }, true)
  if (!reason) throw new APIError(t(req, 'correctionReasonRequired'), 400, { field: 'correctionReason' }, true)
  const entry = { by: req.user.id, from: 'approved' as const, reason: `${t(req, 'correctionLabel')}${reason}（${changed.join(', ')}）`, to: data.status ?? 'approved' }
  data.history = withHistoryEntry(data.history ?? originalDoc.history, entry)
  return data
}

export const refuseDeletingApproved: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // an import that failed is taken back whole (src/import/undo.ts), whatever happened to its records meanwhile
  if (!req.user || roleOf(req.user) === 'admin' || req.context?.[UNDO_IMPORT]) return
  const doc = await req.payload.findByID({ collection: 'activities', depth: 0, disableErrors: true, id, overrideAccess: true, req, select: { status: true } })
  if (doc?.status === 'approved') throw new APIError(t(req, 'approvedIsFinal'), 403, undefined, true)
}
