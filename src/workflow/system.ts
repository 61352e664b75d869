import type { PayloadRequest } from 'payload'

/**
 * Runs `fn` with `workflowSystem` set on the request's context: writes the
 * product makes for itself (linking duplicate photos, progress) skip the
 * workflow, month-lock and branch-scope hooks that guard users' writes.
 * Payload merges a nested call's context into the shared request, so the
 * previous context is put back afterwards.
 */
export const asSystem = async <T>(req: PayloadRequest, fn: (context: Record<string, unknown>) => Promise<T>): Promise<T> => {
  const saved = req.context
  try {
    return await fn({ ...saved, workflowSystem: true })
  } finally {
    req.context = saved
  }
}
