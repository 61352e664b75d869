import type { AfterErrorHook } from 'payload'

type Refusal = { data?: Record<string, unknown>; isPublic?: boolean; message?: string; name?: string; status?: number }

/**
 * The product's refusals keep their words in the production build. Payload
 * formats an error by its class name and `instanceof APIError`; in the
 * bundled server the class loses its name and identity, so a 403, 413 or 423
 * the product raised (with its reason in the user's language) answered "An
 * unknown error occurred." under `npm start`. Any error that is public — the
 * product marked it so, or it is a 4xx — answers with its own message (and
 * its field data, for the admin to show at the field); 5xx stay hidden.
 */
export const keepRefusalMessages: AfterErrorHook = ({ error, result }) => {
  const e = error as Refusal
  const status = typeof e.status === 'number' ? e.status : 500
  const isPublic = e.isPublic === true || (e.isPublic !== false && status >= 400 && status < 500)
  if (!isPublic || !e.message) return undefined
  const current = (result as { errors?: Array<{ data?: unknown; message?: string }> } | undefined)?.errors
  // Payload's answer stands when it already carries the message and the field errors (a validation error's
  // `data.errors` is what the admin shows at each field; the bundled server dropped it with the class identity)
  if (current?.length && current[0]?.message === e.message && (e.data === undefined || current[0]?.data !== undefined)) return undefined
  return { response: { errors: [{ ...(e.data ? { data: e.data } : {}), message: e.message, name: e.name || 'APIError' }] }, status }
}
