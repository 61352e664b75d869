/**
 * The discipline every SQLite connection of this process follows, installed
 * once on the `libsql` driver's prepare:
 *
 * 1. Prepared statements are reused per connection.
 *    Why: the SQLite client (@libsql/client over `libsql`) prepares every
 *    query afresh and leaves the statement to the garbage collector, and the
 *    native memory behind a statement is not given back while its connection
 *    lives (measured with `libsql` 0.4.7 and 0.5.29 alike: 30,000 prepares of
 *    one INSERT grow the process by ~80 MB; the same statement prepared once
 *    and run 30,000 times, by nothing). Payload runs some 40 queries per saved
 *    record, so a 10,000-row import — one transaction, one connection — grew
 *    the process by ~180 MB per 1,000 rows (2.7 GB), whatever the JavaScript
 *    heap did. Keeping each connection's statements by their SQL text makes
 *    that memory bounded by the number of distinct queries, not rows. Safe
 *    because the client runs a statement to completion synchronously
 *    (`all`/`run`) and sets its modes (`raw`, `safeIntegers`) before each use.
 *
 * 2. A connection on which a statement failed is not used again (the wedge
 *    of issue 24). `libsql` 0.4.7 runs `all()` through a row iterator; when a
 *    write with RETURNING (every drizzle insert/update) is refused the write
 *    lock (SQLITE_BUSY), the statement is left active, un-reset. The next
 *    statement on that connection opens a read transaction that then never
 *    ends (SQLite ends it when no statement is active), so once any other
 *    connection commits, that snapshot is stale and every later BEGIN
 *    IMMEDIATE or write on the connection fails with SQLITE_BUSY_SNAPSHOT —
 *    for the client's shared connection that is every write of the server,
 *    sign-in included, until the garbage collector happens to finalize the
 *    statement. Reproduced in tests/unit/connections.test.ts with the client
 *    alone: a failed INSERT … RETURNING, then a SELECT, on one connection.
 *    `BEGIN; ROLLBACK` does not end it, and the driver has no reset, so the
 *    connection is retired: the client (which opens a fresh connection after
 *    handing one to a transaction) is handed a fresh one at once and the old
 *    one is closed. Inside a transaction the transaction's ROLLBACK and its
 *    connection's end do the same.
 */
import Database from 'libsql'

/** Distinct statements kept per connection: Payload's queries for every collection fit; the oldest unused go first. */
export const STATEMENTS_PER_CONNECTION = 500

const CACHE = Symbol('afcStatements')
let installed = false

type Connection = InstanceType<typeof Database>
type Prepared = ReturnType<Connection['prepare']>
type WithCache = Connection & { [CACHE]?: Map<string, Prepared> }
type Runner = (...args: unknown[]) => unknown

/** Connections on which a statement failed outside a transaction: the client must stop using them (see 2. above). */
const failed = new WeakSet<Connection>()
let lastFailed: WeakRef<Connection> | undefined

const marksFailures = (connection: Connection, stmt: Prepared): Prepared => {
  for (const name of ['all', 'run', 'get'] as const) {
    const run = stmt[name] as Runner
    ;(stmt as unknown as Record<string, Runner>)[name] = function (this: Prepared, ...args: unknown[]) {
      try {
        return run.apply(this, args)
      } catch (e) {
        if (!connection.inTransaction) {
          failed.add(connection)
          lastFailed = new WeakRef(connection)
        }
        throw e
      }
    }
  }
  return stmt
}

type Client = {
  batch: Runner
  execute: Runner
  executeMultiple: Runner
  migrate: Runner
  transaction: (mode?: 'deferred' | 'read' | 'write') => Promise<{ close: () => void }>
}

const RETIRES = Symbol('afcRetiresFailedConnections')

/** How long a transaction waits for another process's write to end before it is refused as busy. */
export const BUSY_WAIT_MS = 10_000

/**
 * Wraps a @libsql/client (file: URL) so that a connection on which a
 * statement failed is retired at once: each of the client's own calls runs
 * its statement synchronously before returning its promise, so right after
 * the call returns, a failure is known; `transaction('deferred')` then takes
 * the connection away from the client (which opens a fresh one on its next
 * use), and the old one is rolled back and closed.
 */
export const retireFailedConnections = <C extends object>(client: C): C => {
  const c = client as unknown as Client & { [RETIRES]?: true }
  if (c[RETIRES]) return client
  c[RETIRES] = true
  const retire = () => {
    const old = lastFailed?.deref()
    lastFailed = undefined
    if (!old || !failed.has(old)) return
    // BEGIN takes no lock, so it works on the stale connection; the client forgets it synchronously
    const handed = c.transaction('deferred')
    void handed.then(
      (tx) => {
        tx.close()
        if (old.open) old.close()
      },
      () => undefined,
    )
  }
  for (const name of ['batch', 'execute', 'executeMultiple', 'migrate'] as const) {
    const call = c[name] as Runner
    ;(c as unknown as Record<string, Runner>)[name] = function (this: unknown, ...args: unknown[]) {
      const result = call.apply(c, args)
      retire()
      return result
    }
  }
  // BEGIN IMMEDIATE, tried again between pauses while another process (a script, the worker) holds the write
  // lock — waiting here rather than in SQLite's busy handler, which would stop the event loop as long; after
  // BUSY_WAIT_MS the refusal goes on (a 503, src/hooks/publicErrors.ts), and nothing was written
  const begin = c.transaction.bind(c)
  c.transaction = async (mode) => {
    const until = Date.now() + BUSY_WAIT_MS
    for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
      const started = begin(mode)
      retire()
      try {
        return await started
      } catch (e) {
        if (!/^SQLITE_BUSY/.test(String((e as { code?: unknown }).code)) || Date.now() + pause > until) throw e
        await new Promise((resolve) => setTimeout(resolve, pause))
      }
    }
  }
  return client
}

export const reusePreparedStatements = (): void => {
  if (installed) return
  installed = true
  const proto = Database.prototype as unknown as { prepare: (this: WithCache, sql: string) => Prepared }
  const prepare = proto.prepare
  proto.prepare = function (this: WithCache, sql: string): Prepared {
    const cache = (this[CACHE] ??= new Map())
    const hit = cache.get(sql)
    if (hit) {
      // most recently used last
      cache.delete(sql)
      cache.set(sql, hit)
      return hit
    }
    const stmt = marksFailures(this, prepare.call(this, sql) as Prepared)
    cache.set(sql, stmt)
    if (cache.size > STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value!)
    return stmt
  }
}
