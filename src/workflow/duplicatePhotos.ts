/**
 * The same photo on two records (a common way of padding reports): both carry
 * the `duplicate-photo` review flag while another record shows the same or a
 * near-identical photo (perceptual hashes within the match distance).
 *
 * Built to stay cheap however many photos the bank holds and however many
 * records share one photo:
 * - near-identical photos are found through the hash's six indexed bands
 *   (src/domain/phash.ts), never by reading every hash;
 * - the flag is stored on the record, the list of matching records is not:
 *   it is looked up when one record is read (`duplicateOf`, at most
 *   DUPLICATES_SHOWN, only those the reader may see);
 * - when a record's photos change, the only other records whose flag can
 *   change are those that were, or now are, the single other user of one of
 *   the photos concerned: a photo that two or more other records use keeps
 *   them flagged whatever this record does. Those few are checked again and
 *   their flag row rewritten directly (a derived flag is no edit: no hooks,
 *   no new version).
 */
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { readableBranchIds, relId } from '../access/branchScope'
import { PHASH_BAND_WIDTHS, hamming, isPhash, phashBands } from '../domain/phash'
import type { Flag } from '../domain/workflow'
import { settingsFor } from '../globals/WorkflowSettings'
import { once, systemRead } from '../lookups'
import type { Activity } from '../payload-types'
import { setRecordFlags } from './recordWrites'

type Id = number | string

/** How many matching records one record's page lists. */
export const DUPLICATES_SHOWN = 20

export const photoIds = (list: ReadonlyArray<unknown> | null | undefined): string[] =>
  [...new Set((list ?? []).map((v) => relId(v)).filter((v) => v !== null).map(String))]

/** Media whose hash is within `distance` bits of one of `hashes`, found through the banded index. */
export const mediaNearHashes = async (req: PayloadRequest, hashes: string[], distance: number): Promise<string[]> => {
  const valid = hashes.filter(isPhash)
  if (valid.length === 0) return []
  const bands = valid.map(phashBands)
  const or: Where[] = PHASH_BAND_WIDTHS.map((_, i) => ({ [`phashBand${i}`]: { in: [...new Set(bands.map((b) => b[i]!))] } }))
  const candidates = await req.payload.find({ collection: 'media', ...systemRead, req, select: { phash: true }, where: { or } })
  return candidates.docs.filter((m) => isPhash(m.phash) && valid.some((h) => hamming(h, m.phash as string) <= distance)).map((m) => String(m.id))
}

/**
 * The given media and every media near-identical to one of them. Looked up
 * once per request for the same photos (a save asks for its record's own
 * flag and then for the records around it).
 */
export const nearPhotos = (req: PayloadRequest, media: string[], extraHashes: string[] = []): Promise<string[]> => {
  if (media.length === 0 && extraHashes.length === 0) return Promise.resolve([])
  return once(req, `near:${[...media].sort().join(',')}|${[...extraHashes].sort().join(',')}`, () => lookUpNear(req, media, extraHashes))
}

const lookUpNear = async (req: PayloadRequest, media: string[], extraHashes: string[]): Promise<string[]> => {
  const own = media.length === 0 ? [] : (await req.payload.find({ collection: 'media', ...systemRead, req, select: { phash: true }, where: { id: { in: media } } })).docs
  const hashes = [...own.map((d) => d.phash), ...extraHashes].filter(isPhash)
  const { photoMatchDistance } = await settingsFor(req)
  return [...new Set([...media, ...(await mediaNearHashes(req, hashes, photoMatchDistance))])]
}

/** Records other than `self` that carry one of `media`, at most `limit`, lowest ids first. */
const recordsWith = async (req: PayloadRequest, media: string[], self: Id | undefined, limit: number, scope?: Where): Promise<Id[]> => {
  if (media.length === 0) return []
  const where: Where = { and: [{ photos: { in: media } }, ...(self === undefined ? [] : [{ id: { not_equals: self } }]), ...(scope ? [scope] : [])] }
  const res = await req.payload.find({ collection: 'activities', depth: 0, limit, overrideAccess: true, pagination: false, req, select: { status: true }, sort: 'id', where })
  return res.docs.map((d) => d.id)
}

/** Whether a record other than `self` carries one of `photos`, or a photo near-identical to one. */
export const sharesPhoto = async (req: PayloadRequest, photos: string[], self?: Id): Promise<boolean> =>
  (await recordsWith(req, await nearPhotos(req, photos), self, 1)).length > 0

/** `flags` with the duplicate-photo flag set or cleared, and when the record became flagged. */
export const withDuplicateFlag = (doc: Pick<Activity, 'flaggedAt' | 'flags'> | undefined, others: Flag[], duplicate: boolean) => {
  const flags: Flag[] = duplicate ? [...others, 'duplicate-photo'] : others
  const wasFlagged = (doc?.flags ?? []).length > 0
  return { flaggedAt: flags.length === 0 ? null : wasFlagged ? (doc?.flaggedAt ?? new Date().toISOString()) : new Date().toISOString(), flags }
}

/** Checks one record again and rewrites its flag row when the answer changed. */
export const recheckRecord = async (req: PayloadRequest, id: Id): Promise<void> => {
  const doc = await req.payload.findByID({
    collection: 'activities',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
    select: { flaggedAt: true, flags: true, photos: true },
  })
  if (!doc) return
  const flags = (doc.flags ?? []) as Flag[]
  const duplicate = await sharesPhoto(req, photoIds(doc.photos), doc.id)
  if (flags.includes('duplicate-photo') === duplicate) return
  const next = withDuplicateFlag(doc, flags.filter((f) => f !== 'duplicate-photo'), duplicate)
  // the flag rows and their time alone: an adapter update naming `flags` would rewrite the record whole (src/workflow/recordWrites.ts)
  await setRecordFlags(req, doc.id, next.flags, next.flaggedAt)
}

/**
 * After the photos `near` (the changed ones and their near-identical
 * copies) gained or lost a user (`self`): re-checks each record that is the
 * single other user of one of them. A photo used by two or more other
 * records leaves them flagged either way, so nothing else is read or written.
 */
export const recheckAround = async (req: PayloadRequest, near: string[], self?: Id, alsoCheck: Id[] = []): Promise<void> => {
  const atRisk = new Set<string>(alsoCheck.map(String))
  for (const x of near) {
    const users = await recordsWith(req, [x], self, 2)
    if (users.length === 1) atRisk.add(String(users[0]))
  }
  for (const id of atRisk) if (self === undefined || id !== String(self)) await recheckRecord(req, id)
}

/** The records sharing a photo with `doc` that the reader may see (at most DUPLICATES_SHOWN); others only show as the flag. */
export const visibleDuplicates = async (req: PayloadRequest, doc: Pick<Activity, 'id' | 'photos'>): Promise<Id[]> => {
  const photos = photoIds(doc.photos)
  if (photos.length === 0 || doc.id === undefined) return []
  // the Local API without a user is the product itself
  const scope = req.user ? await readableBranchIds(req) : null
  if (scope !== null && scope.length === 0) return []
  return recordsWith(req, await nearPhotos(req, photos), doc.id, DUPLICATES_SHOWN, scope === null ? undefined : { branch: { in: scope } })
}

const READ_ONE = 'activityReadById'

/**
 * The matching records are looked up for a read of one record by id (its
 * page, GET /api/activities/<id>) — not for lists, bulk changes, or the
 * document a save answers with, where nobody shows them.
 */
export const markReadOfOne: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const id = (args as { id?: unknown }).id
  if (operation === 'read' && id !== undefined && id !== null) req.context = { ...req.context, [READ_ONE]: String(id) }
  return args
}

export const isReadOf = (req: PayloadRequest, doc: { id?: unknown } | undefined): boolean =>
  doc?.id !== undefined && req.context?.[READ_ONE] === String(doc.id)
