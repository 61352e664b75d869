import type { Payload } from 'payload'

/** Context flag of the deletes that take back an import: the refusals meant for people (closed month, approved record) do not apply. */
export const UNDO_IMPORT = 'undoingImport'

/** Records deleted per transaction while taking an import back: others' writes take their turns between. */
const STEP = 500

/**
 * Takes back every record a batch wrote. On SQLite an import commits in
 * steps (src/import/run.ts), so that others can save while it runs; when it
 * fails, or its process dies, the steps already committed are removed here
 * — in steps too, each all-or-nothing, the rollups they touched recomputed —
 * and the import is all-or-nothing again as a whole. Idempotent: start-up
 * recovery calls it for any batch left running.
 */
export const removeBatchRecords = async (payload: Payload, batchId: number | string): Promise<number> => {
  let removed = 0
  for (;;) {
    const page = await payload.find({ collection: 'activities', depth: 0, limit: STEP, overrideAccess: true, select: { importBatch: true }, where: { importBatch: { equals: batchId } } })
    if (page.docs.length === 0) return removed
    const ids = page.docs.map((d) => d.id)
    await payload.delete({ collection: 'activities', context: { [UNDO_IMPORT]: true }, overrideAccess: true, where: { id: { in: ids } } })
    removed += ids.length
  }
}
