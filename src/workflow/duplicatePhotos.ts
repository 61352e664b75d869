import type { PayloadRequest } from 'payload'

import { relId } from '../access/branchScope'
import type { BranchId } from '../domain/branchTree'
import { hamming, isPhash } from '../domain/phash'
import type { Flag } from '../domain/workflow'
import { settingsFor } from '../globals/WorkflowSettings'
import { systemRead } from '../lookups'
import type { Activity } from '../payload-types'
import { asSystem } from './system'

type Id = BranchId

const ids = (list: ReadonlyArray<unknown> | null | undefined): string[] =>
  (list ?? []).map((v) => relId(v)).filter((v): v is Id => v !== null).map(String)

/** Media ids whose photo is the same as, or near-identical to, one of `photoIds`. */
const nearPhotos = async (req: PayloadRequest, photoIds: string[]): Promise<string[]> => {
  if (photoIds.length === 0) return []
  const own = await req.payload.find({
    collection: 'media',
    ...systemRead,
    req,
    select: { phash: true },
    where: { id: { in: photoIds } },
  })
  const hashes = own.docs.map((d) => d.phash).filter(isPhash)
  const found = new Set(photoIds)
  if (hashes.length === 0) return [...found]
  const { photoMatchDistance } = await settingsFor(req)
  // 64-bit hashes compare in microseconds; the index only carries the hash column
  const all = await req.payload.find({
    collection: 'media',
    ...systemRead,
    req,
    select: { phash: true },
    where: { phash: { exists: true } },
  })
  for (const m of all.docs) {
    if (isPhash(m.phash) && hashes.some((h) => hamming(h, m.phash as string) <= photoMatchDistance)) found.add(String(m.id))
  }
  return [...found]
}

/** Other records that carry the same or a near-identical photo as `doc`. */
export const recordsSharingPhotos = async (req: PayloadRequest, doc: Pick<Activity, 'id' | 'photos'>): Promise<Activity['id'][]> => {
  const near = await nearPhotos(req, ids(doc.photos))
  if (near.length === 0) return []
  const res = await req.payload.find({
    collection: 'activities',
    ...systemRead,
    req,
    select: { status: true },
    where: { and: [{ photos: { in: near } }, { id: { not_equals: doc.id } }] },
  })
  return res.docs.map((d) => d.id).sort((a, b) => String(a).localeCompare(String(b)))
}

const setLinks = async (req: PayloadRequest, doc: Activity, others: Activity['id'][]): Promise<Activity> => {
  const before = ids(doc.duplicateOf).sort()
  if (before.join() === others.map(String).sort().join()) return doc
  const rest = (doc.flags ?? []).filter((f) => f !== 'duplicate-photo') as Flag[]
  const flags: Flag[] = others.length > 0 ? [...rest, 'duplicate-photo'] : rest
  const wasFlagged = (doc.flags ?? []).length > 0
  return asSystem(req, (context) =>
    req.payload.update({
      collection: 'activities',
      context,
      data: {
        duplicateOf: others,
        flaggedAt: flags.length === 0 ? null : wasFlagged ? doc.flaggedAt : new Date().toISOString(),
        flags,
      },
      depth: 0,
      id: doc.id,
      overrideAccess: true,
      req,
    }),
  )
}

/**
 * Re-links `doc` and every record it was or now is linked to: each one's
 * `duplicateOf` lists the records sharing a photo with it, and carries the
 * duplicate-photo flag while that list is not empty. Recomputed, never
 * patched, so removing the photo clears both sides.
 */
export const relinkDuplicatePhotos = async (req: PayloadRequest, doc: Activity): Promise<Activity> => {
  const now = await recordsSharingPhotos(req, doc)
  const touched = new Set([...ids(doc.duplicateOf), ...now.map(String)])
  const updated = await setLinks(req, doc, now)
  for (const id of touched) {
    const other = await req.payload.findByID({ collection: 'activities', depth: 0, disableErrors: true, id, overrideAccess: true, req })
    if (other) await setLinks(req, other, await recordsSharingPhotos(req, other))
  }
  return updated
}
