import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { Database } from './env'
import { migrations } from './migrations'
import { reusePreparedStatements } from './sqlite/statementCache'
import { serializeTransactions, WriteLock } from './writeLock'

/**
 * The adapter the DATABASE_URL selects. Everything above this line talks to
 * Payload's Local API only, so the same code runs on both.
 */
export const databaseAdapter = (db: Database): DatabaseAdapterObj => {
  if (db.kind === 'mongodb') {
    if (!db.transactions) {
      console.warn(
        '[db] MongoDB without transactions: imports and multi-document changes are NOT all-or-nothing. ' +
          'Run MongoDB as a replica set (add ?replicaSet=… to DATABASE_URL) or set MONGODB_TRANSACTIONS=true.',
      )
    }
    return mongooseAdapter({ transactionOptions: db.transactions ? {} : false, url: db.url })
  }
  // without it, every query's statement costs native memory until its connection closes (src/sqlite/statementCache.ts)
  reusePreparedStatements()
  const base = sqliteAdapter({
    // Ids of deleted rows are never handed out again (a reused id could inherit links or tokens).
    autoIncrement: true,
    // Several writers (admin, imports, jobs) wait for each other instead of failing with SQLITE_BUSY.
    busyTimeout: 5000,
    client: { url: db.url },
    migrationDir: new URL('./migrations', import.meta.url).pathname,
    // Production (npm start) builds the schema from the committed migrations; dev and tests push it.
    prodMigrations: migrations,
    // Without this, SQLite "transactions" are no-ops and nothing is all-or-nothing.
    transactionOptions: {},
    wal: true,
  })
  // write transactions of this process take turns (see src/writeLock.ts)
  const lock = new WriteLock(60_000)
  return { ...base, init: (args) => serializeTransactions(base.init(args), lock) }
}
