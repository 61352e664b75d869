import { APIError, type CollectionBeforeOperationHook, type FlattenedField } from 'payload'

import { findBadIdFilters, findBadValueFilters, isIntegerId } from '../domain/whereIds'
import { t } from '../i18n/messages'

/** Paths that hold ids in a collection: its relationships and uploads, wherever nested. */
const idPaths = (fields: FlattenedField[], prefix = ''): string[] =>
  fields.flatMap((f) => {
    const path = `${prefix}${f.name}`
    if (f.type === 'relationship' || f.type === 'upload' || f.type === 'join') return [path]
    if ((f.type === 'group' || f.type === 'array') && 'flattenedFields' in f) return idPaths(f.flattenedFields, `${path}.`)
    return []
  })

const cache = new WeakMap<object, Set<string>>()

/** Paths of number and date fields, wherever nested. */
const valuePaths = (fields: FlattenedField[], prefix = ''): Array<[string, 'date' | 'number']> =>
  fields.flatMap((f): Array<[string, 'date' | 'number']> => {
    const path = `${prefix}${f.name}`
    if (f.type === 'number') return [[path, 'number']]
    if (f.type === 'date') return [[path, 'date']]
    if ((f.type === 'group' || f.type === 'array') && 'flattenedFields' in f) return valuePaths(f.flattenedFields, `${path}.`)
    return []
  })
const kinds = new WeakMap<object, Map<string, 'date' | 'number'>>()

/**
 * A filter comparing a number or date field with what is no number or date
 * gets a 400 naming it (SQLite was handed NaN, PostgreSQL an invalid
 * timestamp: a 500). On every engine.
 */
export const rejectMalformedValues: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  let known = kinds.get(collection)
  if (!known) {
    known = new Map([['createdAt', 'date'], ['updatedAt', 'date'], ...valuePaths(collection.flattenedFields)])
    kinds.set(collection, known)
  }
  const k = known
  const bad = findBadValueFilters((args as { where?: unknown }).where, (path) => k.get(path.startsWith('version.') ? path.slice('version.'.length) : path) ?? null)
  if (bad.length > 0) throw new APIError(t(req, 'malformedValue', { path: bad[0]!.path, value: bad[0]!.value.slice(0, 60) }), 400, undefined, true)
  return args
}

/**
 * A request that filters an id or a relation by something that is not an id
 * gets a 400 naming the filter, instead of a database error (500). Only for
 * integer ids (SQLite); MongoDB's adapter copes with malformed ObjectIds.
 */
export const rejectMalformedIds: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payload.db.defaultIDType !== 'number') return args
  let paths = cache.get(collection)
  if (!paths) {
    paths = new Set(['id', 'parent', ...idPaths(collection.flattenedFields)])
    cache.set(collection, paths)
  }
  const known = paths
  const holdsIds = (path: string) => known.has(path.startsWith('version.') ? path.slice('version.'.length) : path)
  const a = args as { id?: unknown; where?: unknown }
  const bad = findBadIdFilters(a.where, holdsIds, isIntegerId)
  if (a.id !== undefined && a.id !== null && !isIntegerId(a.id)) bad.unshift({ path: 'id', value: String(a.id) })
  if (bad.length > 0) {
    const first = bad[0]!
    throw new APIError(t(req, 'malformedId', { path: first.path, value: first.value.slice(0, 60) }), 400, undefined, true)
  }
  return args
}

/** A create or update whose body is not an object of fields (`null`, `"x"`, a list) gets a 400, not Payload's TypeError (500). */
export const rejectNonObjectData: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (data === undefined) return args
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new APIError(t(req, 'notAnObject'), 400, undefined, true)
  return args
}
