import type { PayloadRequest } from 'payload'

import { roleOf } from '../access/roles'
import { clientAddress } from '../auth/throttle'
import type { AuditAction } from '../domain/vocabulary'

export const APPEND_KEY = 'auditAppend'

export type AuditEntry = {
  action: AuditAction
  summary: string
  target?: { collection: string; id: number | string | null }
  details?: Record<string, unknown>
  /** Who acted when there is no signed-in user yet (a failed sign-in names the account tried). */
  actorName?: string
}

/**
 * Appends an entry to the audit log inside the request's transaction: when the
 * action rolls back, so does its entry; when there is no transaction, the
 * create opens one of its own and takes its turn with the other writers.
 * Who and from where come from the request.
 */
export const audit = (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  // a bulk update runs its documents' hooks side by side on one request: their entries take turns, or two would read the same last entry
  const before = queues.get(req) ?? Promise.resolve()
  const mine = before.catch(() => undefined).then(() => append(req, entry))
  queues.set(req, mine)
  return mine
}

const queues = new WeakMap<object, Promise<void>>()

const append = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  const user = req.user as { email?: string; id: number | string; name?: string } | null
  const saved = req.context
  try {
    await req.payload.create({
      collection: 'audit-log',
      context: { ...saved, [APPEND_KEY]: true },
      data: {
        action: entry.action,
        actor: (user?.id ?? null) as number,
        actorName: entry.actorName ?? user?.name ?? user?.email ?? null,
        details: entry.details ?? null,
        ip: req.headers ? clientAddress(req) : null,
        role: roleOf(user as never),
        summary: entry.summary.slice(0, 500),
        targetCollection: entry.target?.collection ?? null,
        targetId: entry.target?.id === null || entry.target?.id === undefined ? null : String(entry.target.id),
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
      select: { seq: true },
    })
  } finally {
    req.context = saved
  }
}
