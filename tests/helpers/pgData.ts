/**
 * Raw PostgreSQL helpers for the migration harness, the counterpart of
 * sqliteData.ts: fill every table of whatever schema the database has (foreign
 * keys pointing at real parents — each row its own —, enum columns holding their own labels, unique
 * values unique, some NULLs and Chinese text), fingerprint every table's
 * content, and describe the schema (columns, indexes, foreign keys, enums) so
 * that a migrated database can be compared with one pushed from the collections.
 */
import { createHash } from 'node:crypto'

import { parentsFirst } from './tableOrder'

type Row = Record<string, unknown>
export type Exec = (text: string, args?: unknown[]) => Promise<Row[]>

type Column = { default: string | null; enum: string[] | null; name: string; notnull: boolean; type: string }
type ForeignKey = { column: string; onDelete: string; table: string; to: string }

const q = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Tables holding product data (the runner's bookkeeping excluded). */
export const dataTables = async (exec: Exec): Promise<string[]> =>
  (
    await exec(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'payload_migrations' ORDER BY table_name`,
    )
  ).map((r) => String(r.name))

const columnsOf = async (exec: Exec, table: string): Promise<Column[]> =>
  (
    await exec(
      `SELECT c.column_name AS name, c.data_type AS type, c.udt_name AS udt, c.is_nullable = 'NO' AS notnull, c.column_default AS dflt,
              (SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typname = c.udt_name) AS labels
         FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = $1 ORDER BY c.ordinal_position`,
      [table],
    )
  ).map((r) => ({
    default: (r.dflt as string | null) ?? null,
    enum: (r.labels as string[] | null) ?? null,
    name: String(r.name),
    notnull: Boolean(r.notnull),
    type: r.type === 'USER-DEFINED' ? `enum ${String(r.udt)}` : String(r.type),
  }))

const foreignKeysOf = async (exec: Exec, table: string): Promise<ForeignKey[]> =>
  (
    await exec(
      `SELECT a.attname AS column, ct.relname AS table, fa.attname AS to, c.confdeltype AS ondelete
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class ct ON ct.oid = c.confrelid
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND t.relname = $1`,
      [table],
    )
  ).map((r) => ({ column: String(r.column), onDelete: String(r.ondelete), table: String(r.table), to: String(r.to) }))

let serial = 0

/**
 * Adds `perTable` rows to every data table. The last row leaves nullable,
 * non-key columns NULL. Each row points at a parent no other row of its
 * table points at, so composite unique keys (locale + parent) hold.
 */
export const fillEveryTable = async (exec: Exec, perTable = 3): Promise<void> => {
  for (const table of await parentsFirst(await dataTables(exec), async (t) => (await foreignKeysOf(exec, t)).map((f) => f.table))) {
    const columns = await columnsOf(exec, table)
    const fks = await foreignKeysOf(exec, table)
    const existing = Number((await exec(`SELECT count(*) AS n FROM ${q(table)}`))[0]!.n)
    for (let i = 0; i < perTable; i++) {
      const n = ++serial
      const names: string[] = []
      const values: unknown[] = []
      for (const c of columns) {
        if (c.default?.startsWith('nextval(')) continue // serial key: the database assigns it
        const fk = fks.find((f) => f.column === c.name)
        let value: unknown
        if (fk) {
          // every row of this table gets a parent of its own (parents are filled as often), so a unique key over it holds
          const parents = await exec(`SELECT ${q(fk.to)} AS v FROM ${q(fk.table)} ORDER BY ${q(fk.to)} OFFSET ${existing + i} LIMIT 1`)
          value = parents[0]?.v ?? (await exec(`SELECT ${q(fk.to)} AS v FROM ${q(fk.table)} LIMIT 1`))[0]?.v ?? null
          if (value === null && c.notnull) throw new Error(`${table}.${c.name}: no row in ${fk.table} to point at`)
        } else if (!c.notnull && i === perTable - 1 && perTable > 1) {
          value = null
        } else if (c.enum) {
          value = c.enum[i % c.enum.length]
        } else if (/^(integer|bigint|smallint)$/.test(c.type)) {
          value = n
        } else if (/^(numeric|double precision|real)$/.test(c.type)) {
          value = n + 0.25
        } else if (c.type === 'boolean') {
          value = n % 2 === 0
        } else if (c.type.startsWith('timestamp') || c.type === 'date') {
          value = new Date(Date.UTC(2026, 9, 1 + (n % 28), n % 24)).toISOString()
        } else if (c.type === 'jsonb' || c.type === 'json') {
          value = JSON.stringify({ n, text: `第${n}行` })
        } else {
          value = `${table}.${c.name} 第${n}行 row ${n}`
        }
        names.push(q(c.name))
        values.push(value)
      }
      await exec(`INSERT INTO ${q(table)} (${names.join(', ')}) VALUES (${names.map((_, k) => `$${k + 1}`).join(', ')})`, values)
    }
  }
}

/** Every data table's columns and rows (each value as PostgreSQL prints it), as read. */
export type Snapshot = Map<string, { columns: string[]; rows: Row[] }>

export const snapshot = async (exec: Exec): Promise<Snapshot> => {
  const out: Snapshot = new Map()
  for (const table of await dataTables(exec)) {
    const columns = (await columnsOf(exec, table)).map((c) => c.name)
    const rows = await exec(`SELECT ${columns.map((c) => `${q(c)}::text AS ${q(c)}`).join(', ')} FROM ${q(table)}`)
    out.set(table, { columns, rows })
  }
  return out
}

/** A checksum of a table's rows over the given columns, independent of row order. */
export const checksum = (rows: Row[], columns: string[]): string =>
  createHash('sha256')
    .update(
      rows
        .map((r) => JSON.stringify(columns.map((c) => r[c])))
        .sort()
        .join('\n'),
    )
    .digest('hex')

/** Tables with their columns (name, type, NOT NULL, default), indexes and foreign keys, and the enums, in a comparable form. */
export const describeSchema = async (exec: Exec): Promise<Record<string, unknown>> => {
  const out: Record<string, unknown> = {}
  for (const table of await dataTables(exec)) {
    const columns = (await columnsOf(exec, table)).map((c) => `${c.name} ${c.type}${c.notnull ? ' not null' : ''}${c.default === null ? '' : ` default ${c.default}`}`).sort()
    const indexes = (await exec(`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1`, [table])).map((r) =>
      String(r.d).replace(/^CREATE (UNIQUE )?INDEX \S+ ON /, (_m, u: string | undefined) => `${u ? 'unique ' : ''}`),
    )
    const fks = (await foreignKeysOf(exec, table)).map((f) => `${f.column} -> ${f.table}.${f.to} on delete ${f.onDelete}`)
    out[table] = { columns, foreignKeys: fks.sort(), indexes: indexes.sort() }
  }
  const enums = await exec(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`,
  )
  out['(enums)'] = { columns: enums.map((e) => `${String(e.name)}: ${(e.labels as string[]).join(',')}`), foreignKeys: [], indexes: [] }
  return out
}
