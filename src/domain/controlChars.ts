/**
 * Where a NUL character (U+0000) hides in a request's filter or data. No text
 * the product keeps can hold one — PostgreSQL refuses it in text outright —
 * so the request is refused with the place named instead of failing deep in
 * the database. Pure: walks plain objects and arrays, keys included.
 */
const NUL = '\u0000'

export const findNul = (value: unknown, path = ''): string | null => {
  if (typeof value === 'string') return value.includes(NUL) ? path || '(value)' : null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], path ? `${path}.${i}` : String(i))
      if (found) return found
    }
    return null
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const here = path ? `${path}.${k}` : k
      if (k.includes(NUL)) return here.replaceAll(NUL, '\\0')
      const found = findNul(v, here)
      if (found) return found
    }
  }
  return null
}
