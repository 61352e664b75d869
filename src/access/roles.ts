import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { ROLES, type Role } from '../domain/vocabulary'

type MaybeUser = PayloadRequest['user']

export const roleOf = (user: MaybeUser): Role | null => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (ROLES as ReadonlyArray<string>).includes(role) ? (role as Role) : null
}

/** Access for logged-in users whose role is one of `roles`; anonymous callers never pass. */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) => {
    const role = roleOf(req.user)
    return role !== null && roles.includes(role)
  }

export const fieldHasRole =
  (...roles: Role[]): FieldAccess =>
  ({ req }) => {
    const role = roleOf(req.user)
    return role !== null && roles.includes(role)
  }

export const isAdmin: Access = hasRole('admin')
export const isAdminField: FieldAccess = fieldHasRole('admin')
/** Any logged-in user with a known role. */
export const isSignedIn = ({ req }: { req: PayloadRequest }): boolean => roleOf(req.user) !== null
export const nobody: Access = () => false
