import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { passwordMatches, signedIn, throttleAttempt } from '../../../src/auth/throttle'
import { t } from '../../../src/i18n/messages'

type Args = { data?: Record<string, unknown>; id?: number | string }

/**
 * Sign-ins and password-reset requests are throttled by place (see
 * src/auth/throttle.ts). Changing one's own e-mail or password needs the
 * current password, checked like a sign-in (so it is no password oracle).
 */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const { data, id } = args as Args
  if (operation === 'login') throttleAttempt(req, data?.email, 'login')
  if (operation === 'forgotPassword') throttleAttempt(req, data?.email, 'forgot')
  if (operation === 'update' && req.user && id !== undefined && String(id) === String(req.user.id) && data) {
    const newEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(req.user.email).toLowerCase()
    if (newEmail || (typeof data.password === 'string' && data.password !== '')) {
      const current = typeof data.currentPassword === 'string' ? data.currentPassword : ''
      if (!current) throw new APIError(t(req, 'currentPasswordRequired'), 400, { field: 'currentPassword' }, true)
      throttleAttempt(req, req.user.email, 'login')
      const self = await req.payload.findByID({ collection: 'users', depth: 0, id, overrideAccess: true, req, showHiddenFields: true })
      if (!(await passwordMatches(self as { hash?: unknown; salt?: unknown }, current))) {
        throw new APIError(t(req, 'currentPasswordWrong'), 403, { field: 'currentPassword' }, true)
      }
      signedIn(req, String(req.user.email))
    }
  }
  return args
}

export const rememberSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  signedIn(req, String(user.email))
  return user
}
