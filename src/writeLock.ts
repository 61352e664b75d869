import { APIError, type BaseDatabaseAdapter } from 'payload'

/**
 * One write transaction at a time in this process, the others waiting their
 * turn (FIFO) instead of failing.
 *
 * Why: the SQLite client (libsql) runs each transaction on a connection of
 * its own and opens a fresh connection afterwards — without the adapter's
 * `busy_timeout` — and it runs synchronously: a second BEGIN IMMEDIATE while
 * another transaction is open fails at once with SQLITE_BUSY (measured: two
 * users saving at the same moment, one gets a 500). Waiting inside SQLite
 * would block the event loop the first transaction needs to finish, so the
 * queue is kept here instead. Other processes still meet SQLite's own lock.
 */
/** Said in both languages: the lock has no request to ask which one the user reads. */
const BUSY = '系统正在处理大批量写入（如表格导入），请一分钟后重试。 The database is busy with a long write (an import?); try again in a minute.'

/** The code of the 503 a write gets when its turn did not come in time (src/hooks/publicErrors.ts words it in the user's language). */
export const WRITE_TURN_TIMEOUT = 'AFC_WRITE_TURN_TIMEOUT'

export class WriteLock {
  private tail: Promise<void> = Promise.resolve()
  private waiting = 0

  /** @param maxWaitMs how long a write waits for the others of this process */
  constructor(private readonly maxWaitMs: number) {}

  get queued(): number {
    return this.waiting
  }

  async acquire(): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const before = this.tail
    this.tail = before.then(() => mine)
    this.waiting++
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        before,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new APIError(BUSY, 503, undefined, true), { code: WRITE_TURN_TIMEOUT })), this.maxWaitMs)
        }),
      ])
    } catch (e) {
      // give our turn away as soon as it comes, so those behind us are not stuck
      void before.then(() => release())
      throw e
    } finally {
      clearTimeout(timer)
      this.waiting--
    }
    let done = false
    return () => {
      if (!done) {
        done = true
        release()
      }
    }
  }
}

/** SQLite refused the write lock: another process holds it (SQLITE_BUSY), or, on a stale connection, SQLITE_BUSY_SNAPSHOT. */
export const sqliteBusy = (error: unknown): boolean => {
  for (let e = error as { cause?: unknown; code?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && (/^SQLITE_BUSY/.test(e.code) || e.code === WRITE_TURN_TIMEOUT)) return true
    if (typeof e.message === 'string' && /SQLITE_BUSY|database is locked/.test(e.message)) return true
  }
  return false
}

/** Wraps an adapter's begin/commit/rollback so its write transactions take turns. */
export const serializeTransactions = <A extends Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>>(adapter: A, lock: WriteLock): A => {
  const held = new Map<string, () => void>()
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const releaseFor = (id: unknown) => {
    const key = String(id instanceof Promise ? '' : id)
    held.get(key)?.()
    held.delete(key)
  }
  adapter.beginTransaction = async (options) => {
    const release = await lock.acquire()
    try {
      const id = await begin(options)
      if (id === null || id === undefined) release()
      else held.set(String(id), release)
      return id
    } catch (e) {
      release()
      throw e
    }
  }
  adapter.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      releaseFor(await id)
    }
  }
  adapter.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      releaseFor(await id)
    }
  }
  return adapter
}
