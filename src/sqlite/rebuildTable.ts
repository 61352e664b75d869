/**
 * A SQLite table rebuild that keeps every row of every other table.
 *
 * drizzle-kit writes a schema change SQLite cannot ALTER as: CREATE
 * `__new_x`, copy, DROP `x`, RENAME. Payload's migration runner wraps each
 * migration in a transaction and libsql opens its connections with foreign
 * keys on; inside a transaction `PRAGMA foreign_keys=OFF` does nothing, so the
 * DROP deletes every row of `x` first and its foreign-key actions run: ON
 * DELETE CASCADE empties the children (a material's titles, a record's photo
 * links), SET NULL on a NOT NULL column aborts the migration.
 *
 * Here the tables that refer to `x`, directly or through others, are carried
 * through the rebuild instead: their rows are set aside in temporary tables,
 * they are dropped children-first (a table nothing refers to any more drops
 * without any foreign-key action), `x` is rebuilt, and they are created again
 * as they were (same SQL, same indexes) and refilled parents-first. The
 * AUTOINCREMENT high-water marks are put back (a dropped table loses its
 * `sqlite_sequence` row, and a lower mark would hand a deleted row's id out
 * again), and the result must pass `PRAGMA foreign_key_check`, or the
 * migration — and with it the whole transaction — fails.
 *
 * `scripts/migrate-create.ts` rewrites drizzle-kit's rebuilds into calls of
 * this function, and tests/int/migrations.test.ts checks every migration.
 */
import { sql } from '@payloadcms/db-sqlite'

type Row = Record<string, unknown>
/** The `db` a migration receives (drizzle over libsql): only `run` is used. */
export type MigrationDb = { run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }

const q = (name: string) => `"${name.replaceAll('"', '""')}"`
const keep = (table: string) => `temp.${q(`__keep_${table}`)}`

const rowsOf = async (db: MigrationDb, text: string): Promise<Row[]> => {
  const result = (await db.run(sql.raw(text))) as { rows?: Row[] }
  return result.rows ?? []
}
const run = async (db: MigrationDb, text: string) => {
  await db.run(sql.raw(text))
}

/** Every table that refers to `table`, directly or through another such table. */
const dependants = async (db: MigrationDb, table: string) => {
  const tables = (await rowsOf(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)).map((r) => String(r.name))
  const parentsOf = new Map<string, Set<string>>()
  for (const t of tables) parentsOf.set(t, new Set((await rowsOf(db, `PRAGMA foreign_key_list(${q(t)})`)).map((f) => String(f.table))))
  const found = new Set<string>()
  const queue = [table]
  while (queue.length > 0) {
    const parent = queue.shift()!
    for (const [t, parents] of parentsOf) {
      if (t !== table && !found.has(t) && t !== parent && parents.has(parent)) {
        found.add(t)
        queue.push(t)
      }
    }
  }
  // children-first: a table goes once nothing left in the set refers to it
  const order: string[] = []
  const left = new Set(found)
  while (left.size > 0) {
    const next = [...left].find((t) => ![...left].some((o) => o !== t && parentsOf.get(o)!.has(t)))
    if (!next) throw new Error(`rebuildTable(${table}): foreign-key cycle among ${[...left].join(', ')}`)
    order.push(next)
    left.delete(next)
  }
  return order
}

/**
 * Rebuilds `table` with `create` (drizzle-kit's `CREATE TABLE \`__new_<table>\``)
 * and `copy` (its `INSERT INTO \`__new_<table>\` … SELECT … FROM \`<table>\``),
 * keeping the rows of every table that refers to it.
 */
export async function rebuildTable(db: MigrationDb, table: string, { copy, create }: { copy: string; create: string }): Promise<void> {
  const from = `FROM \`${table}\``
  if (!copy.trimEnd().replace(/;$/, '').endsWith(from)) throw new Error(`rebuildTable(${table}): the copy must read ${from}`)
  const fresh = `__new_${table}`
  const children = await dependants(db, table)
  const saved = new Map<string, { columns: string[]; create: string; indexes: string[] }>()
  for (const t of children) {
    const [def] = await rowsOf(db, `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '${t.replaceAll("'", "''")}'`)
    const indexes = await rowsOf(db, `SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '${t.replaceAll("'", "''")}' AND sql IS NOT NULL`)
    const columns = (await rowsOf(db, `PRAGMA table_info(${q(t)})`)).map((c) => String(c.name))
    saved.set(t, { columns, create: String(def!.sql), indexes: indexes.map((i) => String(i.sql)) })
  }
  const hasSequence = (await rowsOf(db, `SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`)).length > 0
  const marks = hasSequence
    ? await rowsOf(db, `SELECT name, seq FROM sqlite_sequence WHERE name IN (${[table, ...children].map((t) => `'${t.replaceAll("'", "''")}'`).join(', ')})`)
    : []

  for (const t of [table, ...children]) await run(db, `CREATE TEMP TABLE ${keep(t)} AS SELECT * FROM ${q(t)}`)
  for (const t of children) await run(db, `DROP TABLE ${q(t)}`)
  await run(db, `DROP TABLE ${q(table)}`)

  await run(db, create)
  // the set-aside rows keep the table's name, so the copy's own references to it still hold
  await run(db, copy.slice(0, copy.lastIndexOf(from)) + `FROM ${keep(table)} AS ${q(table)}`)
  await run(db, `ALTER TABLE ${q(fresh)} RENAME TO ${q(table)}`)
  for (const t of [...children].reverse()) {
    const { columns, create: def, indexes } = saved.get(t)!
    await run(db, def)
    const list = columns.map(q).join(', ')
    await run(db, `INSERT INTO ${q(t)} (${list}) SELECT ${list} FROM ${keep(t)}`)
    for (const ix of indexes) await run(db, ix)
  }
  for (const { name, seq } of marks) {
    const n = `'${String(name).replaceAll("'", "''")}'`
    await run(db, `UPDATE sqlite_sequence SET seq = MAX(seq, ${Number(seq)}) WHERE name = ${n}`)
    await run(db, `INSERT INTO sqlite_sequence (name, seq) SELECT ${n}, ${Number(seq)} WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ${n})`)
  }
  for (const t of [table, ...children]) await run(db, `DROP TABLE ${keep(t)}`)

  const dangling = await rowsOf(db, 'PRAGMA foreign_key_check')
  if (dangling.length > 0) throw new Error(`rebuildTable(${table}): dangling references after the rebuild: ${JSON.stringify(dangling.slice(0, 5))}`)
}
