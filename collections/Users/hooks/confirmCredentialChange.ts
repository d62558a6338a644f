import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { normalizeEmail, requestAddress, startPasswordAttempt, TooManyPasswordAttempts } from '@/cms/staffAuth/passwordAttempts'
import { passwordMatches, type StoredPassword } from '@/cms/staffAuth/passwordHash'
import { adminT } from '@/i18n/admin'

/**
 * A password or e-mail change made by a logged-in user (REST, GraphQL, the admin) needs that user's own
 * current password, in `currentPassword` (a virtual field: never stored, never returned). For one's own
 * account that proves the person at the keyboard owns it; for an admin changing someone else's it is
 * re-authentication, the admin's own password, since a left-open or stolen admin session must not be
 * enough to take over another account (a new e-mail would receive that account's password reset).
 * Wrong current passwords count against the same per-source allowance as failed logins. Not asked for:
 * creating an account (an admin sets its first password), the reset-password flow (its e-mailed token is
 * the proof), and server code without a user (seed, scripts).
 */
export const confirmCredentialChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const { currentPassword, ...rest } = data as Record<string, unknown>
  if (operation !== 'update' || !req.user) return rest

  const changesPassword = typeof rest.password === 'string' && rest.password !== ''
  const original = (originalDoc as { email?: unknown } | undefined)?.email
  const changesEmail = typeof rest.email === 'string' && typeof original === 'string' && normalizeEmail(rest.email) !== normalizeEmail(original)
  if (!changesPassword && !changesEmail) return rest

  if (typeof currentPassword !== 'string' || currentPassword === '') throw currentPasswordError(req, 'required')
  const attempt = await startPasswordAttempt(req.payload, requestAddress(req), req.user.email ?? '')
  if (!attempt.allowed) throw new TooManyPasswordAttempts(req, attempt.retryAfterSeconds)
  // The acting user's stored hash: hidden from every read, so straight from the adapter.
  const self = await req.payload.db.findOne<StoredPassword & { id: number | string }>({ collection: 'users', where: { id: { equals: req.user.id } }, req })
  if (!self || !(await passwordMatches(self, currentPassword))) throw currentPasswordError(req, 'wrong')
  await attempt.release()
  return rest
}

function currentPasswordError(req: PayloadRequest, reason: 'required' | 'wrong'): ValidationError {
  return new ValidationError(
    { collection: 'users', errors: [{ path: 'currentPassword', message: adminT(req.i18n)(`custom:users.currentPassword.${reason}`) }] },
    req.t,
  )
}
