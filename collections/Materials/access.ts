import type { Access } from 'payload'

import { hasRole } from '../../src/access/roles'

const PUBLISHED = { _status: { equals: 'published' } } as const

/** Editors and admin write materials and publish them; compliance reviews their drafts. */
export const editMaterials: Access = hasRole('admin', 'editor')
export const readMaterialVersions: Access = hasRole('admin', 'editor', 'compliance')

/**
 * Editors and admin work on drafts; compliance reviews them (reads drafts);
 * everybody else — branch roles picking a leaflet, and the public site and
 * API without a login — sees published materials only.
 */
export const readMaterials: Access = (args) => (readMaterialVersions(args) ? true : PUBLISHED)
