import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'

import { isAdmin, isAdminField, isSignedIn } from '../../src/access/roles'
import { BRANCH_ROLES, type Role, roleOptions } from '../../src/domain/vocabulary'
import { selectField } from '../../src/fields/builders'
import { t } from '../../src/i18n/messages'
import { env } from '../../src/env'
import { readUsers, updateUsers } from './access'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: isSignedIn,
    create: isAdmin,
    delete: isAdmin,
    read: readUsers,
    unlock: isAdmin,
    update: updateUsers,
  },
  admin: {
    defaultColumns: ['name', 'email', 'role', 'branch'],
    group: { en: 'Organisation', zh: '机构与人员' },
    useAsTitle: 'name',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: env.cookieSecure },
    lockTime: env.LOGIN_LOCK_SECONDS * 1000,
    maxLoginAttempts: env.LOGIN_MAX_ATTEMPTS,
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    { name: 'name', label: { en: 'Name', zh: '姓名' }, required: true, type: 'text' },
    selectField('role', { en: 'Role', zh: '角色' }, roleOptions, {
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
      index: true,
      required: true,
      saveToJWT: true,
    }),
    {
      name: 'branch',
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Branch', zh: '所属机构' },
      relationTo: 'branches',
      saveToJWT: true,
      type: 'relationship',
      validate: ((value, { req, siblingData }) => {
        const role = (siblingData as { role?: Role }).role
        if (role && BRANCH_ROLES.includes(role) && (value === null || value === undefined)) {
          return t(req, 'branchRequiredForRole')
        }
        return true
      }) satisfies RelationshipFieldSingleValidation,
    },
    { name: 'phone', label: { en: 'Phone', zh: '联系电话' }, type: 'text' },
  ],
  hooks: { beforeChange: [firstUserIsAdmin] },
  labels: { plural: { en: 'Users', zh: '用户' }, singular: { en: 'User', zh: '用户' } },
}
