import type { Access } from 'payload'

import { roleOf } from '../../src/access/roles'

const PUBLISHED = { _status: { equals: 'published' } } as const

/**
 * Editors and admin work on drafts; compliance reviews them (reads drafts);
 * everybody else — branch roles picking a leaflet, and the public site and
 * API without a login — sees published materials only.
 */
export const readMaterials: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor' || role === 'compliance') return true
  return PUBLISHED
}

export const readMaterialVersions: Access = ({ req }) => {
  const role = roleOf(req.user)
  return role === 'admin' || role === 'editor' || role === 'compliance'
}

export const editMaterials: Access = ({ req }) => {
  const role = roleOf(req.user)
  return role === 'admin' || role === 'editor'
}
