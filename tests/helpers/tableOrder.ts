/**
 * What the migration harnesses of both engines share (sqliteData.ts,
 * pgData.ts, the two migration tests): tables ordered so parents are filled
 * before their children, and the difference of two described schemas.
 */

/** Parents before children; a self-reference does not count. */
export const parentsFirst = async (tables: string[], parentsOf: (table: string) => Promise<string[]>): Promise<string[]> => {
  const parents = new Map<string, Set<string>>()
  for (const t of tables) parents.set(t, new Set((await parentsOf(t)).filter((p) => p !== t && tables.includes(p))))
  const order: string[] = []
  const placed = new Set<string>()
  while (order.length < tables.length) {
    const next = tables.find((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)))
    if (!next) throw new Error(`foreign-key cycle among ${tables.filter((t) => !placed.has(t)).join(', ')}`)
    order.push(next)
    placed.add(next)
  }
  return order
}

/** Lines of what only the migrated (`<`) or only the pushed (`>`) schema has. */
export const schemaDiff = (migrated: Record<string, unknown>, pushed: Record<string, unknown>): string[] => {
  const lines: string[] = []
  for (const table of new Set([...Object.keys(migrated), ...Object.keys(pushed)])) {
    const m = migrated[table] as Record<string, string[]> | undefined
    const p = pushed[table] as Record<string, string[]> | undefined
    if (!m || !p) {
      lines.push(`${m ? '<' : '>'} table ${table}`)
      continue
    }
    for (const part of ['columns', 'foreignKeys', 'indexes']) {
      for (const item of m[part]!) if (!p[part]!.includes(item)) lines.push(`< ${table} ${part}: ${item}`)
      for (const item of p[part]!) if (!m[part]!.includes(item)) lines.push(`> ${table} ${part}: ${item}`)
    }
  }
  return lines
}
