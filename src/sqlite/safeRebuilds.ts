/**
 * Rewrites the table rebuilds drizzle-kit writes into a SQLite migration
 * (`CREATE __new_x`, `INSERT … FROM x`, `DROP x`, `RENAME`, wrapped in
 * `PRAGMA foreign_keys` lines that do nothing inside the runner's
 * transaction) into calls of `rebuildTable`, which keeps the rows of the
 * tables that refer to `x`. Pure text in, text out; used by
 * `npm run migrate:create` on every migration it writes.
 */
const rebuild =
  /^([ \t]*)await db\.run\(sql`CREATE TABLE \\`__new_([\w]+)\\` \(([\s\S]*?)`\)\n[ \t]*await db\.run\(sql`(INSERT INTO \\`__new_\2\\`[^\n]*? FROM \\`\2\\`;)`\)\n[ \t]*await db\.run\(sql`DROP TABLE \\`\2\\`;`\)\n[ \t]*await db\.run\(sql`ALTER TABLE \\`__new_\2\\` RENAME TO \\`\2\\`;`\)\n/gm
const pragma = /^[ \t]*await db\.run\(sql`PRAGMA foreign_keys=(?:ON|OFF);`\)\n/gm
const importLine = "import { rebuildTable } from '../../sqlite/rebuildTable'\n"

export const safeRebuilds = (source: string): string => {
  let changed = false
  const out = source
    .replace(rebuild, (_all, indent: string, table: string, body: string, copy: string) => {
      changed = true
      return (
        `${indent}await rebuildTable(db, '${table}', {\n` +
        `${indent}  create: \`CREATE TABLE \\\`__new_${table}\\\` (${body}\`,\n` +
        `${indent}  copy: \`${copy}\`,\n` +
        `${indent}})\n`
      )
    })
    .replace(pragma, () => {
      changed = true
      return ''
    })
  if (!changed || out.includes(importLine)) return out
  // after the adapter's import line
  return out.replace(/^(import [^\n]*\n)/, `$1${importLine}`)
}
