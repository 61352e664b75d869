/**
 * Finds filters that compare an id-holding path (a document id, a
 * relationship or upload) with something that cannot be an id. SQLite ids are
 * integers: `where[branch][in]=abc` would otherwise reach the database as NaN
 * and fail with a 500. Pure: the caller says which paths hold ids and what a
 * valid id looks like.
 */
export type BadIdFilter = { path: string; value: string }

const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value
  if (LIST_OPERATORS.has(operator) && typeof value === 'string') return value.split(',')
  return [value]
}

export const findBadIdFilters = (
  where: unknown,
  holdsIds: (path: string) => boolean,
  isValidId: (value: unknown) => boolean,
): BadIdFilter[] => {
  if (!isRecord(where)) return []
  const bad: BadIdFilter[] = []
  for (const [key, condition] of Object.entries(where)) {
    const lower = key.toLowerCase()
    if (lower === 'and' || lower === 'or') {
      for (const sub of Array.isArray(condition) ? condition : [condition]) bad.push(...findBadIdFilters(sub, holdsIds, isValidId))
      continue
    }
    if (!holdsIds(key) || !isRecord(condition)) continue
    for (const [operator, value] of Object.entries(condition)) {
      if (!ID_OPERATORS.has(operator)) continue
      for (const v of valuesOf(operator, value)) {
        // the string 'null' is how a query string says null
        if (v !== null && v !== 'null' && !isValidId(v)) bad.push({ path: key, value: String(v) })
      }
    }
  }
  return bad
}

/** An integer id, as a number or a string of digits. */
export const isIntegerId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^\d{1,15}$/.test(value.trim()))
