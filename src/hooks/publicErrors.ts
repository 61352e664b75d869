import type { AfterErrorHook } from 'payload'

import { t } from '../i18n/messages'
import { sqliteBusy } from '../writeLock'

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
export const keepRefusalMessages: AfterErrorHook = ({ error, req, result }) => {
  // the database could not take the request now (no free connection in time, a deadlock it broke): nothing was
  // written, and trying again will do — a 503 in the user's language, not "Something went wrong"
  if (databaseBusy(error)) return { response: { errors: [{ message: t(req, 'databaseBusy'), name: 'DatabaseBusy' }] }, status: 503 }
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

/** PostgreSQL's "try again" conditions: deadlock broken, serialization failure, lock wait cancelled, too many connections. */
const RETRYABLE = new Set(['40P01', '40001', '55P03', '53300', '57P03'])

/**
 * True for an error that says the database was too busy, not that the request
 * was wrong: the pool had no free connection within DATABASE_POOL_WAIT_SECONDS,
 * PostgreSQL refused it with a retryable code, or SQLite's write lock stayed
 * with another process. Payload and drizzle wrap the driver's error, so the
 * chain of causes is searched.
 */
export const databaseBusy = (error: unknown): boolean => {
  if (sqliteBusy(error)) return true
  for (let e = error as { cause?: unknown; code?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && RETRYABLE.has(e.code)) return true
    if (typeof e.message === 'string' && /timeout exceeded when trying to connect|cannot begin transaction: .*timeout/.test(e.message)) return true
  }
  return false
}
