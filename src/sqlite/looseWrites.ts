import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

/**
 * Every write of this process to the embedded database takes its turn.
 *
 * Payload writes some things outside any transaction: the jobs schedule's
 * stats (`db.createGlobal`/`updateGlobal` every minute it queues something),
 * the jobs it queues, and any Local API call made with a request that has
 * none. On SQLite those went straight to the client's shared connection,
 * beside the write lock the product's transactions take turns on
 * (src/writeLock.ts): when an upload's transaction held SQLite's write lock,
 * such a write was refused with SQLITE_BUSY — the schedule's tick failed,
 * and the failed statement is what wedged the shared connection (see
 * src/sqlite/connections.ts). So an adapter write whose request carries no
 * open transaction runs in a transaction of its own: it waits for its turn
 * like every other write, and is all-or-nothing (a write of a record with
 * arrays is several statements).
 */
export const LOOSE_WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Adapter = Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction' | (typeof LOOSE_WRITES)[number]> & { sessions?: Record<string, unknown> }
type Write = (args: { req?: Partial<PayloadRequest> } & Record<string, unknown>) => Promise<unknown>

/** A request that reads as the caller's in every respect but its transaction. */
const inTransaction = (req: Partial<PayloadRequest> | undefined, id: number | string): Partial<PayloadRequest> =>
  req ? Object.create(req, { transactionID: { configurable: true, enumerable: true, value: id, writable: true } }) : { transactionID: id }

/**
 * Payload's queue runner (payload/dist/queues/utilities/updateJob.js) opens a
 * transaction for `updateJobs` with a bare `{ transactionID }` request and
 * commits it, but never rolls it back when the update throws: the
 * transaction, and with it the write lock, would be held for good.
 */
const isQueueRunnersOwn = (req: Partial<PayloadRequest> | undefined): boolean => !!req && Object.keys(req).length === 1 && 'transactionID' in req

export const ownTransactionForLooseWrites = <A extends Adapter>(adapter: A): A => {
  for (const name of LOOSE_WRITES) {
    const write = (adapter[name] as unknown as Write).bind(adapter)
    ;(adapter as unknown as Record<string, Write>)[name] = async (args) => {
      const req = args?.req
      const open = await req?.transactionID
      if (open !== undefined && open !== null && adapter.sessions?.[String(open)]) {
        if (name !== 'updateJobs' || !isQueueRunnersOwn(req)) return write(args)
        try {
          return await write(args)
        } catch (e) {
          await adapter.rollbackTransaction(open)
          throw e
        }
      }
      const own = await adapter.beginTransaction()
      if (own === null || own === undefined) return write(args)
      try {
        const result = await write({ ...args, req: inTransaction(req, own) })
        await adapter.commitTransaction(own)
        return result
      } catch (e) {
        await adapter.rollbackTransaction(own)
        throw e
      }
    }
  }
  return adapter
}
