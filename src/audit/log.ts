import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

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
 * Appends an entry to the audit log as part of the request's transaction:
 * when the action rolls back, so does its entry. Inside a transaction the
 * entry is written just before it commits (see `appendAuditOnCommit`); with
 * no transaction the create opens one of its own. Who and from where come
 * from the request.
 */
export const audit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const db = req.payload.db as { [DEFERS]?: true }
  if (id !== undefined && id !== null && db[DEFERS]) {
    const key = String(id)
    pending.set(key, [...(pending.get(key) ?? []), { entry, req }])
    return
  }
  return inTurn(req, entry)
}

// a bulk update runs its documents' hooks side by side on one request: their entries take turns, or two would read the same last entry
const inTurn = (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  const before = queues.get(req) ?? Promise.resolve()
  const mine = before.catch(() => undefined).then(() => append(req, entry))
  queues.set(req, mine)
  return mine
}

const queues = new WeakMap<object, Promise<void>>()
const pending = new Map<string, Array<{ entry: AuditEntry; req: PayloadRequest }>>()
const DEFERS = Symbol.for('afc.auditOnCommit')

type Transactions = Pick<BaseDatabaseAdapter, 'commitTransaction' | 'rollbackTransaction'>

/**
 * The audit log is one hash chain: each entry names the one before, so
 * appends must take turns across every transaction and every instance (on
 * PostgreSQL a database lock, taken where the entry is numbered, held until
 * commit). Written when the action happens, an entry would hold that turn
 * through the rest of its transaction — and a bulk change that audits each
 * record and then recomputes rollups would wait for a rollup lock while
 * holding the chain, and another save the other way round: a deadlock. So
 * a transaction's entries are written in order just before it commits, the
 * last thing it does, and dropped with it when it rolls back.
 */
export const appendAuditOnCommit = <A extends Transactions>(adapter: A): A => {
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    const key = String(id)
    const entries = pending.get(key)
    if (entries) {
      pending.delete(key)
      // a failed append throws before the commit: the caller rolls the whole transaction back
      for (const { entry, req } of entries) await inTurn(req, entry)
    }
    return commit(id)
  }
  adapter.rollbackTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    pending.delete(String(id))
    return rollback(id)
  }
  ;(adapter as { [DEFERS]?: true })[DEFERS] = true
  return adapter
}

/** Entries waiting for their transaction to commit (tests: none may be left behind). */
export const auditEntriesPending = (): number => [...pending.values()].reduce((n, l) => n + l.length, 0)

const append = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  const user = req.user as { email?: string; id: number | string; name?: string } | null
  const saved = req.context
  try {
    await req.payload.create({
      collection: 'audit-log',
      context: { ...saved, [APPEND_KEY]: true },
      data: {
        action: entry.action,
        actor: user?.id ?? null,
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
