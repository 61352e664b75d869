import { createLocalReq, getDataLoader, getLocalI18n, type Payload, type PayloadRequest } from 'payload'

import { roleOf } from '../access/roles'
import { holdLock, importLockName, lockHeld } from '../concurrency'
import { audit } from '../audit/log'
import { message, type Lang } from '../i18n/messages'
import { forget, systemRead } from '../lookups'
import type { ImportBatch, User } from '../payload-types'
import { bucketKey } from '../domain/rollup'
import { type Bucket, DEFER_KEY, inKeyOrder, recomputeBucket, touched } from '../workflow/rollups'
import { checkImport, ImportFileError, type CheckResult } from './check'
import { readStored } from '../storage'
import { removeBatchRecords } from './undo'

/**
 * On SQLite (one writer at a time) an import commits a step at least every
 * STEP_MS and lets the others' writes take their turn in between; every row
 * it lets the event loop answer other requests (the driver is synchronous:
 * without that, a 20,000-row import answered nobody, reads included, for
 * 85 s, its own progress included). A failed or cut-off import is taken back
 * whole (src/import/undo.ts). PostgreSQL keeps one transaction: others write
 * beside it.
 */
export const STEP_MS = 200
const turnAround = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Rows done / total of imports running in this process (the admin polls it). */
const progress = new Map<string, { done: number; total: number }>()
export const importProgress = (batchId: number | string) => progress.get(String(batchId)) ?? null

/** The batch's spreadsheet, from MEDIA_DIR or the bucket (the worker that commits it may be another machine). */
export const batchBytes = (batch: Pick<ImportBatch, 'filename' | 'prefix'>): Promise<Buffer> => readStored('import-batches', batch)

/** A local request acting for `user`, in the batch's language. */
export const requestFor = async (payload: Payload, user: User, lang: Lang): Promise<PayloadRequest> => {
  const req = await createLocalReq({ req: { i18n: await getLocalI18n({ config: payload.config, language: lang }) }, user: { ...user, collection: 'users' } as never }, payload)
  return req
}

export class ImportRejected extends Error {
  constructor(readonly check: CheckResult) {
    super('import has problems')
  }
}

export type RunOptions = {
  /** Called before each record is written (tests use it to fail at row k). */
  beforeRow?: (row: number, index: number) => void | Promise<void>
}

const summary = (c: CheckResult) => ({
  errors: new Set(c.problems.map((p) => p.row)).size,
  ok: c.records.length,
  present: c.present.length,
  rows: c.rows,
})

/**
 * Commits a checked batch, all or nothing: the file is checked again inside
 * one transaction (the data may have changed since the dry run), every new
 * row is created through the Local API with the uploader's rights and hooks,
 * and any failure — a row refused, a thrown error, the process dying before
 * the commit — leaves no record of the batch behind.
 */
export const runImport = async (payload: Payload, batchId: number | string, opts: RunOptions = {}): Promise<ImportBatch> => {
  const batch = await payload.findByID({ collection: 'import-batches', depth: 0, id: batchId, overrideAccess: true })
  const lang: Lang = batch.language === 'en' ? 'en' : 'zh'
  if (batch.status !== 'checked' && batch.status !== 'queued') {
    throw new ImportFileError(409, message(lang, 'importBatchNotReady', { status: batch.status }))
  }
  const userId = typeof batch.uploadedBy === 'object' && batch.uploadedBy ? batch.uploadedBy.id : batch.uploadedBy
  const user = userId ? await payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: userId, overrideAccess: true }) : null
  if (!user) throw new ImportFileError(409, message(lang, 'importBatchNotReady', { status: batch.status }))
  const bytes = await batchBytes(batch)
  const markRunning = () => payload.update({ collection: 'import-batches', data: { status: 'running' }, id: batch.id, overrideAccess: true })
  // SQLite: one process, whose write transactions take turns — mark it before the import's transaction begins
  const leased = payload.db.name === 'postgres'
  if (!leased) await markRunning()
  const req = await requestFor(payload, user, lang)
  // compliance imports for any branch, which its own collection access (status only) would not allow
  const overrideAccess = roleOf(user) === 'compliance'
  const stepped = payload.db.name === 'sqlite'
  let tx = await payload.db.beginTransaction()
  if (tx) req.transactionID = tx
  let row = 0
  let committedSteps = 0
  try {
    // PostgreSQL: a lock held until the transaction ends, so other instances can tell a running import from a
    // cut-off one (src/concurrency.ts); `running` is written (outside the transaction, seen at once) only while it is held
    if (leased) {
      await holdLock(req, importLockName(batch.id))
      await markRunning()
    }
    const campaignId = typeof batch.campaign === 'object' ? batch.campaign.id : batch.campaign
    const campaign = await payload.findByID({ collection: 'campaigns', depth: 0, id: campaignId, overrideAccess: true, req })
    const check = await checkImport(req, campaign, bytes)
    if (check.problems.length > 0) throw new ImportRejected(check)
    progress.set(String(batch.id), { done: 0, total: check.records.length })
    // each touched (campaign, branch, month) is recomputed once at the end, not once per row
    const buckets = new Map<string, Bucket>()
    req.context = { ...req.context, [DEFER_KEY]: buckets }
    let stepStarted = Date.now()
    for (let i = 0; i < check.records.length; i++) {
      const rec = check.records[i]!
      row = rec.row
      await opts.beforeRow?.(rec.row, i)
      await payload.create({
        collection: 'activities',
        context: { importOrigin: { batch: batch.id, row: rec.row } },
        data: rec.data,
        depth: 0,
        overrideAccess,
        req,
        select: { status: true },
      })
      progress.get(String(batch.id))!.done = i + 1
      // the request's loader caches every document it has read; thousands of rows would keep them all alive
      if (i % 250 === 249) req.payloadDataLoader = getDataLoader(req)
      if (stepped && tx && Date.now() - stepStarted >= STEP_MS) {
        await payload.db.commitTransaction(tx)
        committedSteps++
        await turnAround()
        tx = await payload.db.beginTransaction()
        if (tx) req.transactionID = tx
        // what others committed meanwhile counts for the next rows: a month closed or signed off under the import refuses them
        forget(req)
        req.payloadDataLoader = getDataLoader(req)
        stepStarted = Date.now()
      } else await turnAround()
    }
    req.context = { ...req.context, [DEFER_KEY]: undefined }
    // the buckets come from the rows themselves: Payload copies the context it hands to hooks, so what they
    // collected may not reach this map (then every rollup the import touched stayed as before it)
    for (const b of touched(...check.records.map((r) => r.data as never))) buckets.set(bucketKey(b.campaign, b.branch, b.month), b)
    for (const b of inKeyOrder(buckets)) await recomputeBucket(payload, req, b)
    await audit(req, { action: 'import-committed', details: { batch: batch.id, file: batch.filename, rows: check.records.length }, summary: `导入 ${batch.filename ?? ''}：新增 ${check.records.length} 条记录`, target: { collection: 'import-batches', id: batch.id } })
    // the batch says committed in the same transaction as its records: never records without it, or it without them
    const done = await payload.update({
      collection: 'import-batches',
      data: {
        committedAt: new Date().toISOString(),
        counts: { ...summary(check), created: check.records.length },
        presentRows: check.present,
        problems: [],
        status: 'committed',
        totals: check.totals,
      },
      id: batch.id,
      overrideAccess: true,
      req,
    })
    if (tx) await payload.db.commitTransaction(tx)
    progress.delete(String(batch.id))
    return done
  } catch (e) {
    if (tx) await payload.db.rollbackTransaction(tx)
    // the steps already committed go too: nothing of a failed import stays
    if (committedSteps > 0) await removeBatchRecords(payload, batch.id)
    progress.delete(String(batch.id))
    if (e instanceof ImportRejected) {
      await payload.update({
        collection: 'import-batches',
        data: { counts: { ...summary(e.check), created: 0 }, problems: e.check.problems, status: 'has-errors' },
        id: batch.id,
        overrideAccess: true,
      })
      throw e
    }
    const detail = e instanceof Error ? e.message : String(e)
    await payload.update({
      collection: 'import-batches',
      data: { counts: { created: 0 }, error: message(lang, 'importFailed', { detail: detail.slice(0, 500), row }), status: 'failed' },
      id: batch.id,
      overrideAccess: true,
    })
    throw e
  }
}

/** How many times a job was cut off by its process dying (kept in the job's `error` until it runs to the end). */
const interruptionsOf = (j: { error?: unknown }) => Number((j.error as { interrupted?: number } | null)?.interrupted ?? 0)

/**
 * Batches left `running` by a process that died: their last transaction was
 * never committed, and the steps that were (SQLite) are removed here. A batch whose job was cut
 * off goes back to `queued` and its job runs again, once (the commit is all or
 * nothing and skips rows already present, so running it again is safe); a
 * batch committed inline by a request, or whose job was already cut off once,
 * is marked failed, and the uploader checks and commits it again.
 */
export const recoverInterruptedImports = async (payload: Payload): Promise<number> => {
  const stuck = await payload.find({ collection: 'import-batches', ...systemRead, where: { status: { equals: 'running' } } })
  const jobs = await payload.find({
    collection: 'payload-jobs',
    ...systemRead,
    where: { and: [{ taskSlug: { equals: 'importActivities' } }, { processing: { equals: true } }] },
  })
  for (const b of stuck.docs) {
    // running here, or (PostgreSQL) in another instance that is alive
    if (progress.has(String(b.id)) || (await lockHeld(payload, importLockName(b.id)))) continue
    const job = jobs.docs.find((j) => String((j.input as { batch?: string } | null)?.batch) === String(b.id))
    const lang: Lang = b.language === 'en' ? 'en' : 'zh'
    // on SQLite its committed steps are in the database: taken back before it runs again or is given up
    await removeBatchRecords(payload, b.id)
    await payload.update({
      collection: 'import-batches',
      data:
        job && interruptionsOf(job) === 0
          ? { status: 'queued' }
          : { error: message(lang, 'importFailed', { detail: 'interrupted', row: '—' }), status: 'failed' },
      id: b.id,
      overrideAccess: true,
    })
  }
  return stuck.docs.length
}

/**
 * Jobs a dead process left `processing` (Payload 3 has no lease: they would
 * stay so forever). With SQLite one process serves the database, so at its
 * start any such job was cut off: it runs again, once; a job cut off a second
 * time is given up with the reason, instead of crashing every start.
 */
export const releaseInterruptedJobs = async (payload: Payload): Promise<number> => {
  const jobs = await payload.find({ collection: 'payload-jobs', ...systemRead, where: { processing: { equals: true } } })
  for (const j of jobs.docs) {
    const input = j.input as { batch?: string } | null
    if (input?.batch && progress.has(String(input.batch))) continue
    const interrupted = interruptionsOf(j) + 1
    await payload.update({
      collection: 'payload-jobs',
      data:
        interrupted === 1
          ? { error: { interrupted, message: 'interrupted: the process running it stopped; it runs again' }, processing: false }
          : { error: { interrupted, message: 'interrupted again: given up' }, hasError: true, processing: false },
      id: j.id,
      overrideAccess: true,
    })
  }
  return jobs.docs.length
}
