import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterErrorHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'

import { roleOf } from '../../../src/access/roles'
import { t } from '../../../src/i18n/messages'
import { systemRead } from '../../../src/lookups'
import type { Media } from '../../../src/payload-types'
import { readStored, removeStored, writeStored } from '../../../src/storage'
import { assertNotLocked } from '../../../src/workflow/monthLock'

/**
 * Evidence is fixed once it counts: a photo attached to a submitted or
 * approved record (403), or to any record dated in a closed month (423), is
 * neither replaced by a new file, re-cropped, re-focused nor deleted — except
 * by admin. Its description may still be edited; changing which photos a
 * record shows is a change of the record, with its own checks and history.
 *
 * The refusal must come before any file is touched: Payload's update deletes
 * the old file and its sizes, and writes the new ones, before the document's
 * `beforeChange` hooks run (a refusal there used to leave the row pointing at
 * files that were gone). So the check runs as a `beforeOperation` hook.
 */
const assertNotCountingEvidence = async (req: PayloadRequest, id: number | string) => {
  if (!req.user || roleOf(req.user) === 'admin') return
  const users = await req.payload.find({
    collection: 'activities',
    ...systemRead,
    req,
    select: { branch: true, campaign: true, date: true, status: true },
    where: { photos: { equals: id } },
  })
  const counted = users.docs.filter((d) => d.status === 'submitted' || d.status === 'approved')
  if (counted.length > 0) {
    throw new APIError(t(req, 'evidenceInUse', { records: counted.slice(0, 5).map((d) => `#${d.id}`).join(', ') }), 403, { field: 'file' }, true)
  }
  await assertNotLocked(req, ...users.docs.map((d) => ({ branch: d.branch, campaign: d.campaign, date: d.date })))
}

type UpdateArgs = { data?: Record<string, unknown>; id?: number | string; where?: Where }
type Target = Pick<Media, 'filename' | 'focalX' | 'focalY' | 'id' | 'prefix' | 'sizes'>

/** A new file, or a crop or resize of the stored one. */
const replacesFile = (req: PayloadRequest): boolean => {
  if (req.file) return true
  const edits = req.query?.uploadEdits as { crop?: unknown; focalPoint?: unknown; heightInPixels?: unknown; widthInPixels?: unknown } | undefined
  return Boolean(edits && typeof edits === 'object' && (edits.crop || edits.heightInPixels || edits.widthInPixels || edits.focalPoint))
}

/** A new focal point re-renders the sizes; the admin sends the focal point with every save, so only a changed one counts. */
const movesFocalPoint = (data: Record<string, unknown>, targets: Target[]): boolean =>
  targets.some((d) => ('focalX' in data && data.focalX !== d.focalX) || ('focalY' in data && data.focalY !== d.focalY))

export const refuseRewritingEvidence: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || roleOf(req.user) === 'admin') return args
  const a = args as UpdateArgs
  const data = a.data ?? {}
  if (!replacesFile(req) && !('focalX' in data) && !('focalY' in data)) return args
  // the documents concerned, read once: one by id, or those of a bulk update the user may see
  const select = { filename: true, focalX: true, focalY: true, prefix: true, sizes: true } as const
  const targets: Target[] =
    a.id !== undefined && a.id !== null
      ? (await req.payload.find({ collection: 'media', ...systemRead, req, select, where: { id: { equals: a.id } } })).docs
      : a.where
        ? (await req.payload.find({ collection: 'media', depth: 0, limit: 0, overrideAccess: false, pagination: false, req, select, user: req.user, where: a.where })).docs
        : []
  if (targets.length === 0 || !(replacesFile(req) || movesFocalPoint(data, targets))) return args
  for (const d of targets) await assertNotCountingEvidence(req, d.id)
  await keepReplacedFiles(req, targets)
  return args
}

const REPLACED = 'mediaFilesReplaced'

/**
 * An allowed replacement still deletes the old file and its sizes before the
 * save can fail (a validation error, the database): their bytes are kept for
 * the request, and put back if it fails (`removeUnsavedFiles`). A few photos'
 * worth of memory, for a rare operation.
 */
const keepReplacedFiles = async (req: PayloadRequest, targets: Target[]) => {
  const kept: Array<{ bytes: Buffer; filename: string; prefix?: string | null }> = []
  for (const d of targets) {
    for (const filename of namesOf(d)) {
      try {
        kept.push({ bytes: await readStored('media', { filename, prefix: d.prefix }), filename, prefix: d.prefix })
      } catch {
        // already missing: nothing to put back
      }
    }
  }
  req.context = { ...req.context, [REPLACED]: kept }
}

export const refuseDeletingEvidence: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // runs before Payload removes the files (deleteByID and bulk delete alike)
  await assertNotCountingEvidence(req, id)
}

const WRITTEN = 'mediaFilesWritten'

const namesOf = (d: Partial<Pick<Media, 'filename' | 'sizes'>> | undefined): string[] =>
  [d?.filename, ...Object.values(d?.sizes ?? {}).map((s) => (s as { filename?: string | null } | null)?.filename)].filter((n): n is string => typeof n === 'string' && n.length > 0)

/**
 * The files this save has just written (Payload writes them before the
 * `beforeChange` hooks): new names only, never the ones the stored document
 * already uses (a re-crop writes over its own names).
 */
export const rememberWrittenFiles: CollectionBeforeChangeHook<Media> = ({ data, originalDoc, req }) => {
  const kept = new Set(namesOf(originalDoc))
  const fresh = namesOf(data as Media).filter((n) => !kept.has(n))
  if (fresh.length > 0) req.context = { ...req.context, [WRITTEN]: [...((req.context?.[WRITTEN] as string[] | undefined) ?? []), ...fresh] }
  return data
}

/** Saved: the files belong to a document now. */
export const forgetWrittenFiles: CollectionAfterChangeHook<Media> = ({ doc, req }) => {
  if (req.context?.[WRITTEN] || req.context?.[REPLACED]) req.context = { ...req.context, [REPLACED]: undefined, [WRITTEN]: undefined }
  return doc
}

/**
 * The save failed after its files were written (a later hook refused, the
 * database did): they belong to no document, so they go, on disk or in the
 * bucket. Payload calls this for every error a REST request answers.
 */
export const removeUnsavedFiles: CollectionAfterErrorHook = async ({ req }) => {
  const names = (req.context?.[WRITTEN] as string[] | undefined) ?? []
  const replaced = (req.context?.[REPLACED] as Array<{ bytes: Buffer; filename: string; prefix?: string | null }> | undefined) ?? []
  if (names.length === 0 && replaced.length === 0) return
  req.context = { ...req.context, [REPLACED]: undefined, [WRITTEN]: undefined }
  for (const name of names) {
    try {
      await removeStored('media', name)
    } catch (e) {
      req.payload.logger.warn({ err: e, file: name, msg: 'could not remove an unsaved upload' })
    }
  }
  for (const f of replaced) {
    try {
      await writeStored('media', f, f.bytes)
    } catch (e) {
      req.payload.logger.error({ err: e, file: f.filename, msg: 'could not restore a file the failed save had replaced' })
    }
  }
}
