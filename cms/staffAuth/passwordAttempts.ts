import { createHmac } from 'node:crypto'
import { APIError, type Payload, type PayloadRequest } from 'payload'

import { LOGIN_LIMITS } from '@/cms/authSettings'
import { adminT } from '@/i18n/admin'
import { clientAddress } from '@/lib/reviews/clientAddress'
import { dropExpiredLocks, takeSlot, type Lock } from '@/lib/reviews/locks'
import { reviewLimits } from '@/lib/reviews/settings'

/**
 * Throttles password checks (logins, and the current password asked for a password or e-mail change) per
 * source: per client address and account, and per client address. The state is rows of the same database
 * limiter as reader reviews (lib/reviews/locks.ts), so it holds across instances and the unique index
 * decides races: of many parallel guesses only the allowance reaches the password check. A check that
 * succeeds gives its slots back, so staff who log in never use up anyone's allowance.
 */
export type PasswordAttempt = ({ allowed: true } & Lock) | { allowed: false; retryAfterSeconds: number }

/** The request's source: the address X-Forwarded-For names past the trusted proxies (TRUSTED_PROXY_HOPS). */
export function requestAddress(req: PayloadRequest): string {
  return clientAddress(req.headers?.get('x-forwarded-for'), reviewLimits().trustedProxies)
}

/** How Payload's login compares addresses: lower case, no surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.toLowerCase().trim()
}

/**
 * Takes one attempt from both allowances of this address (and this address with this account), or says when
 * the next is possible. The answer does not depend on whether the account exists.
 */
export async function startPasswordAttempt(payload: Payload, address: string, email: string, now = new Date()): Promise<PasswordAttempt> {
  // Keys hold keyed hashes only: the table never shows who tried which account from where.
  const digest = (text: string) => createHmac('sha256', payload.secret).update(text).digest('hex')
  const held: Lock[] = []
  const giveBack = () => Promise.all(held.map((lock) => lock.release())).then(() => undefined)
  for (const [bucket, limit] of [
    [`login:${digest(`${address}\n${normalizeEmail(email)}`)}`, LOGIN_LIMITS.perAddressAndAccount],
    [`login-address:${digest(address)}`, LOGIN_LIMITS.perAddress],
  ] as const) {
    const allowance = await takeSlot(payload, bucket, limit, now)
    if (!allowance.allowed) {
      await giveBack()
      return allowance
    }
    held.push(allowance)
  }
  // Ended windows are dropped now and then rather than on every request.
  if (Math.random() < 0.05) await dropExpiredLocks(payload, now).catch(() => undefined)
  return { allowed: true, release: giveBack }
}

/**
 * 429 with Retry-After, the same whether the account exists or not, in the request's admin language (the
 * admin's login form shows it). Its own name lets payload.config.ts log it as information, not as an error
 * with a stack trace on every refused guess.
 */
export class TooManyPasswordAttempts extends APIError {
  constructor(req: PayloadRequest, retryAfterSeconds: number) {
    super(adminT(req.i18n)('custom:users.tooManyAttempts'), 429, null, true)
    this.name = 'TooManyPasswordAttempts'
    // Payload's error responses carry req.responseHeaders (payload/dist/utilities/routeError.js).
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  }
}
