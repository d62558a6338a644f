import { createHmac } from 'node:crypto'
import { APIError, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { normalizeEmail } from '@/cms/staffAuth/passwordAttempts'
import { adminT } from '@/i18n/admin'
import { takeSlot } from '@/lib/reviews/locks'
import { queuePasswordMail } from '@/lib/staffMail/passwordMail'

/**
 * Reset mails per address: three per 15 minutes, however many sources ask, so nobody can flood a staff
 * member's inbox. Keyed on the address typed, whether an account has it or not, so the answer never tells.
 */
export const RESET_REQUEST_LIMIT = { max: 3, windowSeconds: 15 * 60 } as const

/**
 * Payload sends the reset mail inside the request (HTML only, and a relay that is down fails the request and
 * drops the token); here its own mail is turned off and the mail goes out through a job instead
 * (lib/staffMail/passwordMail.ts): text and HTML, in the member's language, with the link from SERVER_URL,
 * retried until the relay takes it. Payload's once-per-15-seconds guard goes with its mail, so this one limits.
 */
export const mailResetsByJob: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = (args.data as { email?: unknown } | undefined)?.email
  if (req.payloadAPI !== 'local' && typeof email === 'string' && email.trim()) {
    const key = createHmac('sha256', req.payload.secret).update(normalizeEmail(email)).digest('hex')
    const allowance = await takeSlot(req.payload, `reset:${key}`, RESET_REQUEST_LIMIT, new Date())
    if (!allowance.allowed) throw new TooManyResetRequests(req, allowance.retryAfterSeconds)
  }
  return { ...args, disableEmail: true }
}

/** Payload returns before this hook when no account has the address: only a real account's token is mailed. */
export const queueResetMail: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'forgotPassword' || typeof result !== 'string' || !result) return result
  const email = normalizeEmail(String((args.data as { email?: unknown }).email ?? ''))
  const user = await req.payload.db.findOne<{ id: number | string }>({ collection: 'users', where: { email: { equals: email } }, req })
  if (user) await queuePasswordMail(req, user.id, 'passwordReset')
  return result
}

class TooManyResetRequests extends APIError {
  constructor(req: PayloadRequest, retryAfterSeconds: number) {
    super(adminT(req.i18n)('custom:users.tooManyResetRequests'), 429, null, true)
    this.name = 'TooManyPasswordAttempts'
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  }
}
