/**
 * Reuse of prepared statements on the SQLite connections.
 *
 * Why: the SQLite client (@libsql/client over `libsql`) prepares every query
 * afresh and leaves the statement to the garbage collector, and the native
 * memory behind a statement is not given back while its connection lives
 * (measured with `libsql` 0.4.7 and 0.5.29 alike: 30,000 prepares of one
 * INSERT grow the process by ~80 MB; the same statement prepared once and run
 * 30,000 times, by nothing). Payload runs some 40 queries per saved record,
 * so a 10,000-row import — one transaction, one connection — grew the
 * process by ~180 MB per 1,000 rows (2.7 GB), whatever the JavaScript heap did
 * (it stayed flat). Keeping each connection's statements by their SQL text
 * makes that memory bounded by the number of distinct queries, not rows.
 *
 * Safe because the client runs a statement to completion synchronously
 * (`all`/`run`) and sets its modes (`raw`, `safeIntegers`) before each use;
 * a statement is never used by two queries at once.
 */
import Database from 'libsql'

/** Distinct statements kept per connection: Payload's queries for every collection fit; the oldest unused go first. */
export const STATEMENTS_PER_CONNECTION = 500

const CACHE = Symbol('afcStatements')
let installed = false

type Connection = InstanceType<typeof Database>
type Prepared = ReturnType<Connection['prepare']>
type WithCache = Connection & { [CACHE]?: Map<string, Prepared> }

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
    const stmt = prepare.call(this, sql) as Prepared
    cache.set(sql, stmt)
    if (cache.size > STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value!)
    return stmt
  }
}
