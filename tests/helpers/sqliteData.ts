/**
 * Raw SQLite helpers for the migration harness: fill every table of whatever
 * schema the database has with rows (foreign keys pointing at real parents,
 * unique values unique, some NULLs and Chinese text), fingerprint every
 * table's content, and describe the schema (tables, columns, indexes, foreign
 * keys) so that two databases can be compared.
 */
import { createHash } from 'node:crypto'

import { parentsFirst } from './tableOrder'

type Row = Record<string, unknown>
export type Exec = (text: string, args?: unknown[]) => Promise<Row[]>

type Column = { dflt_value: unknown; name: string; notnull: number; pk: number; type: string }
type ForeignKey = { from: string; table: string; to: string | null }

const q = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Tables of the database that hold product data (SQLite's own and the runner's bookkeeping excluded). */
export const dataTables = async (exec: Exec): Promise<string[]> =>
  (await exec(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'payload_migrations' ORDER BY name`)).map(
    (r) => String(r.name),
  )

const columnsOf = async (exec: Exec, table: string) => (await exec(`PRAGMA table_info(${q(table)})`)) as unknown as Column[]
const foreignKeysOf = async (exec: Exec, table: string) => (await exec(`PRAGMA foreign_key_list(${q(table)})`)) as unknown as ForeignKey[]

let serial = 0

/**
 * Adds `perTable` rows to every data table. Row 0 and 1 carry a value in every
 * column; the last row leaves nullable, non-key columns NULL. Values differ
 * per row and per call, so unique indexes hold and a lost or altered row
 * changes the fingerprint.
 */
export const fillEveryTable = async (exec: Exec, perTable = 3): Promise<void> => {
  const tables = await parentsFirst(await dataTables(exec), async (t) => (await foreignKeysOf(exec, t)).map((f) => f.table))
  for (const table of tables) {
    const columns = await columnsOf(exec, table)
    const fks = await foreignKeysOf(exec, table)
    for (let i = 0; i < perTable; i++) {
      const n = ++serial
      const names: string[] = []
      const values: unknown[] = []
      for (const c of columns) {
        const type = c.type.toLowerCase()
        if (c.pk && type === 'integer') continue // SQLite assigns it
        const fk = fks.find((f) => f.from === c.name)
        let value: unknown
        if (fk) {
          const target = fk.to ?? 'id'
          const parents = await exec(`SELECT ${q(target)} AS v FROM ${q(fk.table)} ORDER BY random() LIMIT 1`)
          value = parents[0]?.v ?? null
          if (value === null && c.notnull) throw new Error(`${table}.${c.name}: no row in ${fk.table} to point at`)
        } else if (!c.notnull && !c.pk && i === perTable - 1 && perTable > 1) {
          value = null
        } else if (type === 'integer') {
          value = n
        } else if (type === 'numeric' || type === 'real') {
          value = n + 0.25
        } else {
          value = `${table}.${c.name} 第${n}行 row ${n}`
        }
        names.push(q(c.name))
        values.push(value)
      }
      await exec(`INSERT INTO ${q(table)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, values)
    }
  }
}

/** Every data table's columns and rows (values with their SQLite storage class), as read. */
export type Snapshot = Map<string, { columns: string[]; rows: Row[] }>

export const snapshot = async (exec: Exec): Promise<Snapshot> => {
  const out: Snapshot = new Map()
  for (const table of await dataTables(exec)) {
    const columns = (await columnsOf(exec, table)).map((c) => c.name)
    const rows = await exec(`SELECT ${columns.map((c) => `${q(c)}, typeof(${q(c)}) AS ${q(`${c}:type`)}`).join(', ')} FROM ${q(table)}`)
    out.set(table, { columns, rows })
  }
  return out
}

/** A checksum of a table's rows over the given columns, independent of row order. */
export const checksum = (rows: Row[], columns: string[]): string =>
  createHash('sha256')
    .update(
      rows
        .map((r) => JSON.stringify(columns.flatMap((c) => [r[c], r[`${c}:type`]])))
        .sort()
        .join('\n'),
    )
    .digest('hex')

/** AUTOINCREMENT high-water marks (a rebuild that lowers one hands out a deleted row's id again). */
export const sequences = async (exec: Exec): Promise<Map<string, number>> => {
  const exists = await exec(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`)
  if (exists.length === 0) return new Map()
  return new Map((await exec('SELECT name, seq FROM sqlite_sequence')).map((r) => [String(r.name), Number(r.seq)]))
}

/** Tables with their columns (name, type, NOT NULL, default, key), indexes and foreign keys, in a comparable form. */
export const describeSchema = async (exec: Exec): Promise<Record<string, unknown>> => {
  const out: Record<string, unknown> = {}
  for (const table of await dataTables(exec)) {
    const columns = (await columnsOf(exec, table))
      .map((c) => `${c.name} ${c.type.toLowerCase()}${c.notnull ? ' not null' : ''}${c.pk ? ' pk' : ''}${c.dflt_value === null ? '' : ` default ${String(c.dflt_value)}`}`)
      .sort()
    const indexes: string[] = []
    for (const ix of await exec(`PRAGMA index_list(${q(table)})`)) {
      if (String(ix.origin) === 'pk') continue
      const cols = (await exec(`PRAGMA index_info(${q(String(ix.name))})`)).map((c) => String(c.name))
      indexes.push(`${ix.unique ? 'unique ' : ''}(${cols.join(',')})${String(ix.origin) === 'c' ? ` ${String(ix.name)}` : ''}`)
    }
    const fks = (await exec(`PRAGMA foreign_key_list(${q(table)})`)).map(
      (f) => `${String(f.from)} -> ${String(f.table)}.${String(f.to ?? 'id')} on delete ${String(f.on_delete).toLowerCase()}`,
    )
    out[table] = { columns, foreignKeys: fks.sort(), indexes: indexes.sort() }
  }
  return out
}
