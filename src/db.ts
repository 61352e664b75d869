import { readFileSync } from 'node:fs'

import type { DatabaseAdapterObj } from 'payload'

import { appendAuditOnCommit } from './audit/log'
import { refuseDevPushWithoutTerminal } from './migrations/devPushGuard'
import type { Database } from './env'
import { retireFailedConnections, reusePreparedStatements } from './sqlite/connections'
import { ownTransactionForLooseWrites } from './sqlite/looseWrites'
import { serializeTransactions, WriteLock } from './writeLock'

/** Where each engine's migrations live: generated from the same collections, one folder per engine. */
export const migrationDirs = {
  postgres: new URL('./migrations/postgres', import.meta.url).pathname,
  sqlite: new URL('./migrations/sqlite', import.meta.url).pathname,
} as const

/**
 * The adapter the DATABASE_URL selects. Everything above this line talks to
 * Payload's Local API (or, for bulk writes, to drizzle, which both SQL
 * engines share), so the same code runs on each. Only the selected engine's
 * adapter and migrations are loaded (MongoDB's alone costs ~0.7 s at every
 * start of a process that never uses it).
 */
export const databaseAdapter = async (db: Database): Promise<DatabaseAdapterObj> => {
  if (db.kind === 'postgres') {
    const [{ postgresAdapter }, { migrations: postgresMigrations }] = await Promise.all([import('@payloadcms/db-postgres'), import('./migrations/postgres')])
    return withAuditOnCommit(postgresAdapter({
      migrationDir: migrationDirs.postgres,
      pool: {
        connectionString: db.url,
        // a connection that cannot be had within this time is a 503 "busy" (src/hooks/publicErrors.ts), not a request hanging forever
        connectionTimeoutMillis: db.poolWaitSeconds * 1000,
        max: db.poolMax,
        ssl: db.ssl === 'off' ? undefined : { ca: db.sslCa ? readFileSync(db.sslCa, 'utf8') : undefined, rejectUnauthorized: db.ssl === 'verify' },
      },
      prodMigrations: postgresMigrations,
      push: db.push,
      readReplicas: db.replicas.length > 0 ? db.replicas : undefined,
      // real transactions (Payload's default on PostgreSQL): several instances write at once, the database keeps them apart
    }))
  }
  if (db.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    if (!db.transactions) {
      console.warn(
        '[db] MongoDB without transactions: imports and multi-document changes are NOT all-or-nothing. ' +
          'Run MongoDB as a replica set (add ?replicaSet=… to DATABASE_URL) or set MONGODB_TRANSACTIONS=true.',
      )
    }
    return withAuditOnCommit(mongooseAdapter({ transactionOptions: db.transactions ? {} : false, url: db.url }))
  }
  const [{ sqliteAdapter }, { migrations: sqliteMigrations }] = await Promise.all([import('@payloadcms/db-sqlite'), import('./migrations/sqlite')])
  // without it, every query's statement costs native memory until its connection closes (src/sqlite/connections.ts)
  reusePreparedStatements()
  const base = sqliteAdapter({
    // Ids of deleted rows are never handed out again (a reused id could inherit links or tokens).
    autoIncrement: true,
    // Several writers (admin, imports, jobs) wait for each other instead of failing with SQLITE_BUSY.
    busyTimeout: 5000,
    client: { url: db.url },
    migrationDir: migrationDirs.sqlite,
    // Production (npm start) builds the schema from the committed migrations; dev and tests push it, read-only scripts never do
    prodMigrations: sqliteMigrations,
    push: db.push,
    // Without this, SQLite "transactions" are no-ops and nothing is all-or-nothing.
    transactionOptions: {},
    wal: true,
  })
  // every write of this one process takes its turn (src/writeLock.ts), Payload's own loose writes included
  // (src/sqlite/looseWrites.ts), and a connection a statement failed on is not used again (src/sqlite/connections.ts);
  // PostgreSQL needs none of it
  const lock = new WriteLock(60_000)
  return {
    ...base,
    init: refuseDevPushWithoutTerminal((args) => {
      const adapter = ownTransactionForLooseWrites(appendAuditOnCommit(serializeTransactions(base.init(args), lock)))
      const connect = adapter.connect!.bind(adapter)
      adapter.connect = async (options) => {
        await connect(options)
        const own = adapter as unknown as { client?: object }
        if (own.client) retireFailedConnections(own.client)
      }
      return adapter
    }),
  }
}

/** Audit entries are appended just before their transaction commits (src/audit/log.ts); start-up never waits for a terminal (src/migrations/devPushGuard.ts). */
const withAuditOnCommit = (base: DatabaseAdapterObj): DatabaseAdapterObj => ({ ...base, init: refuseDevPushWithoutTerminal((args) => appendAuditOnCommit(base.init(args))) })
