/**
 * Imported first by every bench (before the config reads the environment): a
 * temporary database and upload folder, quiet logs, test mode (no crons).
 *
 * `--db sqlite` (default) puts the database in a temporary file; `--db
 * postgres` on a throwaway PostgreSQL server (scripts/postgres-server.mjs),
 * started here unless a parent bench passed its address in BENCH_PG_SERVER,
 * each process in a database of its own. Call `finishBench()` before exiting:
 * it removes the folder and stops a server this process started.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { argOf } from './engines'

export type BenchEngine = 'postgres' | 'sqlite'


const asked = argOf('db') ?? process.env.BENCH_DB ?? 'sqlite'
if (asked !== 'sqlite' && asked !== 'postgres' && asked !== 'both') throw new Error(`--db ${asked}: sqlite, postgres or both`)
/** `both` is run by the bench's parent as one child per engine (bench/engines.ts); a child is one engine. */
export const benchEngine: BenchEngine = asked === 'postgres' ? 'postgres' : 'sqlite'

export const benchDir = mkdtempSync(path.join(tmpdir(), 'afc-bench-'))
process.env.MEDIA_DIR = path.join(benchDir, 'media')
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn'

type Server = { stop: () => Promise<void>; url: string }
let started: Server | undefined

if (benchEngine === 'postgres' && asked !== 'both') {
  if (!process.env.BENCH_PG_SERVER) {
    const { startPostgres } = (await import('../scripts/postgres-server.mjs')) as { startPostgres: () => Promise<Server> }
    started = await startPostgres()
    process.env.BENCH_PG_SERVER = started.url
  }
  const name = `bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: `${process.env.BENCH_PG_SERVER}/postgres` })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  process.env.DATABASE_URL = `${process.env.BENCH_PG_SERVER}/${name}`
} else {
  process.env.DATABASE_URL = `file:${path.join(benchDir, 'bench.db')}`
}

export const finishBench = async (payload?: { db: unknown }): Promise<void> => {
  // Payload's destroy leaves PostgreSQL's pool open: its connections would see the server stop as an error
  const pool = (payload?.db as { pool?: { end: () => Promise<void>; ended?: boolean; on: (e: 'error', f: () => void) => void } } | undefined)?.pool
  if (pool && !pool.ended) {
    // a connection still checked out keeps end() waiting: give it a moment, then the server's stop ends it (quietly)
    pool.on('error', () => undefined)
    await Promise.race([pool.end().catch(() => undefined), new Promise((r) => setTimeout(r, 2000))])
  }
  rmSync(benchDir, { force: true, recursive: true })
  await started?.stop()
}
