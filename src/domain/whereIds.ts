/**
 * Finds filters that compare an id-holding path (a document id, a
 * relationship or upload) with something that cannot be an id. SQLite ids are
 * integers: `where[branch][in]=abc` would otherwise reach the database as NaN
 * and fail with a 500. Pure: the caller says which paths hold ids and what a
 * valid id looks like.
 */
export type BadIdFilter = { path: string; value: string }

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value
  if (LIST_OPERATORS.has(operator) && typeof value === 'string') return value.split(',')
  return [value]
}

/**
 * The same for values of another kind: a number field compared with what is
 * no number, a date field with what is no date (SQLite is handed NaN,
 * PostgreSQL an invalid timestamp: a 500 either way).
 */
export const findBadValueFilters = (where: unknown, kindOf: (path: string) => 'date' | 'number' | null): BadIdFilter[] =>
  findBadByKind(where, kindOf)

const validFor = {
  date: (v: unknown) => v instanceof Date || ((typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '' && !Number.isNaN(new Date(v as string).getTime())),
  number: (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))),
} as const

const findBadByKind = (where: unknown, kindOf: (path: string) => 'date' | 'number' | null): BadIdFilter[] => {
  if (!isRecord(where)) return []
  const bad: BadIdFilter[] = []
  for (const [key, condition] of Object.entries(where)) {
    const lower = key.toLowerCase()
    if (lower === 'and' || lower === 'or') {
      for (const sub of Array.isArray(condition) ? condition : Object.values(isRecord(condition) ? condition : { 0: condition })) bad.push(...findBadByKind(sub, kindOf))
      continue
    }
    const kind = kindOf(key)
    if (!kind || !isRecord(condition)) continue
    for (const [operator, value] of Object.entries(condition)) {
      if (operator === 'exists') continue
      for (const v of valuesOf(operator, value)) if (v !== null && v !== 'null' && !validFor[kind](v)) bad.push({ path: key, value: String(v) })
    }
  }
  return bad
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
      for (const sub of Array.isArray(condition) ? condition : Object.values(isRecord(condition) ? condition : { 0: condition })) bad.push(...findBadIdFilters(sub, holdsIds, isValidId))
      continue
    }
    if (!holdsIds(key) || !isRecord(condition)) continue
    for (const [operator, value] of Object.entries(condition)) {
      // `exists` takes true/false; every other comparison of an id (equals, like, greater_than …) takes ids
      if (operator === 'exists') continue
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
