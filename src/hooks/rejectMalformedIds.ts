import { APIError, type CollectionBeforeOperationHook, type FlattenedField } from 'payload'

import { findBadIdFilters, isIntegerId } from '../domain/whereIds'
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
