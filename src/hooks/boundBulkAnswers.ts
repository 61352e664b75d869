import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

/**
 * A change by `where` (PATCH/DELETE /api/<collection>?where=…), as opposed to
 * one document by id. Before the operation Payload names both 'update' (or
 * 'delete'); only the bulk one comes without an id.
 */
export const isBulkChange = (operation: string, args: { id?: unknown }) => (operation === 'update' || operation === 'delete') && args.id === undefined

/**
 * Bulk changes over REST answer with ids and errors only, whatever the number
 * of documents: each changed document is neither populated (depth 0) nor sent
 * back whole. Payload's default — every document at depth 2 — made one
 * approval of a few hundred records a response too large to build.
 */
export const bulkAtDepthZero: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!isBulkChange(operation, args as { id?: unknown }) || req.payloadAPI === 'local') return args
  return { ...args, depth: 0 }
}

export const bulkAnswersIds: CollectionAfterOperationHook = ({ operation, req, result }) => {
  // after the operation Payload names the single-document ones updateByID / deleteByID
  if ((operation !== 'update' && operation !== 'delete') || req.payloadAPI === 'local') return result
  const r = result as unknown as { docs: Array<{ id: number | string }>; errors: unknown[] }
  return { ...r, docs: r.docs.map((d) => ({ id: d.id })) } as never
}
