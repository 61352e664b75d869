import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'

import { isAdmin, isAdminField, isSignedIn } from '../../src/access/roles'
import { BRANCH_ROLES, type Role, roleOptions } from '../../src/domain/vocabulary'
import { selectField } from '../../src/fields/builders'
import { t } from '../../src/i18n/messages'
import { env } from '../../src/env'
import { readUsers, updateUsers } from './access'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardSignIn, rememberSignIn } from './hooks/guardSignIn'
import { resetMail } from '../../src/mail/templates'
import { auditFailedSignIn, auditSignIn, auditUserChange } from '../../src/audit/hooks'
import { mailLink } from '../../src/http'

export const Users: CollectionConfig = {
  slug: 'users',
  // who did it, by name and role: a related user carries no address, branch or session
  defaultPopulate: { name: true, role: true },
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
    forgotPassword: {
      generateEmailHTML: (args) => resetMail(mailLink(`/admin/reset/${args?.token ?? ''}`)).html,
      generateEmailSubject: () => resetMail('').subject,
      // Payload's own pacing writes outside the request's transaction, which SQLite cannot do while it is open (500); guardSignIn paces instead
      minRequestInterval: 0,
    },
    // Payload's lockout would let anyone lock any account; failed sign-ins slow their place down instead (guardSignIn)
    maxLoginAttempts: 0,
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
    {
      // not stored: asked when one changes one's own e-mail or password
      name: 'currentPassword',
      admin: {
        components: { Field: '/src/admin/CurrentPasswordField#CurrentPasswordField' },
        condition: (data, _sibling, { user }) => Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
        description: { en: 'Needed to change your e-mail or password.', zh: '修改本人邮箱或密码时须填写当前密码。' },
      },
      label: { en: 'Current password', zh: '当前密码' },
      type: 'text',
      virtual: true,
    },
  ],
  hooks: { afterChange: [auditUserChange], afterError: [auditFailedSignIn], afterLogin: [rememberSignIn, auditSignIn], beforeChange: [firstUserIsAdmin], beforeOperation: [guardSignIn] },
  labels: { plural: { en: 'Users', zh: '用户' }, singular: { en: 'User', zh: '用户' } },
}
