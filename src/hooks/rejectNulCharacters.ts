import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { findNul } from '../domain/controlChars'
import { t } from '../i18n/messages'

/** A filter or a save carrying a NUL character gets a 400 naming where, on every engine alike (PostgreSQL would answer 500). */
export const rejectNulCharacters: CollectionBeforeOperationHook = ({ args, req }) => {
  const a = args as { data?: unknown; where?: unknown }
  const path = findNul(a.where) ?? findNul(a.data)
  if (path) throw new APIError(t(req, 'nulCharacter', { path: path.slice(0, 80) }), 400, undefined, true)
  return args
}
