/**
 * What the benches share across database engines: running a bench once per
 * engine (`--db both`, each in a process of its own) and printing the two
 * side by side, and plain SQL for seeding and for the floors a bench compares
 * against (`?` placeholders, turned into `$n` on PostgreSQL). Imports
 * nothing that touches the environment: a parent that only spawns may use it.
 */
import { spawnSync } from 'node:child_process'

import type { Payload } from 'payload'

/** The value after `--name` on the command line. */
export const argOf = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

const MARK = 'BENCH_RESULT '

/** Printed by a bench as its last word: the parent of `--db both` reads it. */
export const report = (out: Record<string, unknown>): void => {
  console.log(JSON.stringify(out, null, 2))
  console.log(`${MARK}${JSON.stringify(out)}`)
}

type Flat = Record<string, number | string>
const flatten = (o: Record<string, unknown>, prefix = ''): Flat =>
  Object.entries(o).reduce<Flat>((acc, [k, v]) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(acc, flatten(v as Record<string, unknown>, `${prefix}${k}.`))
    else acc[`${prefix}${k}`] = v as number | string
    return acc
  }, {})

/** Each engine's results in one table, with PostgreSQL ÷ SQLite for the numbers. */
export const sideBySide = (results: Record<string, Record<string, unknown>>): string => {
  const engines = Object.keys(results)
  const flat = engines.map((e) => flatten(results[e]!))
  const keys = [...new Set(flat.flatMap((f) => Object.keys(f)))]
  const rows = keys.map((k) => {
    const vals = flat.map((f) => f[k])
    const ratio = typeof vals[0] === 'number' && typeof vals[1] === 'number' && vals[0] !== 0 ? (vals[1] / vals[0]).toFixed(2) : ''
    return [k, ...vals.map((v) => (v === undefined ? '—' : String(v))), ratio]
  })
  const head = ['', ...engines, engines.length === 2 ? `${engines[1]} ÷ ${engines[0]}` : '']
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)))
  return [head, ...rows].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n')
}

/**
 * With `--db both`: runs this bench (its file and arguments) once on SQLite
 * and once on PostgreSQL, each its own process, prints both side by side and
 * returns true (the caller stops there). Otherwise returns false.
 */
export const eachEngine = (file: string): boolean => {
  if ((argOf('db') ?? process.env.BENCH_DB) !== 'both') return false
  const results: Record<string, Record<string, unknown>> = {}
  for (const engine of ['sqlite', 'postgres']) {
    const args = process.argv.slice(2)
    const at = args.indexOf('--db')
    if (at >= 0) args.splice(at, 2)
    console.error(`— ${engine} —`)
    const res = spawnSync(process.execPath, [...process.execArgv, file, ...args, '--db', engine], { encoding: 'utf8', env: { ...process.env, BENCH_DB: engine }, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] })
    const line = res.stdout.split('\n').find((l) => l.startsWith(MARK))
    if (!line) throw new Error(`${engine} failed (${res.status}):\n${res.stdout.slice(-3000)}`)
    // the child's own summary lines, then the table
    for (const l of res.stdout.split('\n')) if (l && !l.startsWith(MARK) && !/^[{}\s"]/.test(l)) console.log(`${engine}: ${l}`)
    results[engine] = JSON.parse(line.slice(MARK.length)) as Record<string, unknown>
  }
  console.log(sideBySide(results))
  return true
}

/** Plain SQL on the benchmark's database, whichever SQL engine it is. */
export type Sql = {
  /** Rows of one statement. */
  query: (text: string, args?: unknown[]) => Promise<Array<Record<string, unknown>>>
  /** Several statements in one transaction. */
  batch: (stmts: Array<{ args: unknown[]; sql: string }>) => Promise<void>
  /** After rows were inserted with their ids: the table's next id follows them (PostgreSQL's sequences). */
  resyncIds: (table: string) => Promise<void>
}

const numbered = (text: string) => {
  let n = 0
  return text.replace(/\?/g, () => `$${++n}`)
}

export const sqlOf = (payload: Payload): Sql => {
  if (payload.db.name === 'postgres') {
    type Client = { query: (t: string, v?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>; release: () => void }
    const pool = (payload.db as unknown as { pool: { connect: () => Promise<Client>; query: Client['query'] } }).pool
    return {
      batch: async (stmts) => {
        const c = await pool.connect()
        try {
          await c.query('BEGIN')
          for (const s of stmts) await c.query(numbered(s.sql), s.args)
          await c.query('COMMIT')
        } catch (e) {
          await c.query('ROLLBACK')
          throw e
        } finally {
          c.release()
        }
      },
      query: async (text, args = []) => (await pool.query(numbered(text), args)).rows,
      resyncIds: async (table) => {
        await pool.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM "${table}"))`)
      },
    }
  }
  type Client = { batch: (s: Array<{ args: unknown[]; sql: string }>, mode: 'write') => Promise<unknown>; execute: (q: { args: unknown[]; sql: string }) => Promise<{ rows: Array<Record<string, unknown>> }> }
  const client = (payload.db as unknown as { client: Client }).client
  return {
    batch: async (stmts) => {
      await client.batch(stmts, 'write')
    },
    query: async (text, args = []) => (await client.execute({ args, sql: text })).rows,
    resyncIds: async () => undefined,
  }
}
