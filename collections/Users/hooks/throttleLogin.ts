import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { normalizeEmail, requestAddress, startPasswordAttempt, TooManyPasswordAttempts, type PasswordAttempt } from '@/cms/staffAuth/passwordAttempts'
import { checkAgainstNobody } from '@/cms/staffAuth/passwordHash'

/** Where a login's attempt waits, between the check before Payload's login and the success after it. */
const LOGIN_ATTEMPT = 'loginAttempt'

/**
 * Before Payload checks a password at login (its REST and GraphQL endpoints; the admin's login form posts
 * to the REST one): refuse a source that has used up its allowance, and spend on an unknown address the
 * same hashing time a real account costs, so neither the answer nor its timing tells accounts apart.
 * Server code calling the Local API is trusted and not throttled.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Without both Payload answers 400 and checks no password: nothing to guess, nothing to count.
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password.trim()) return args

  const attempt = await startPasswordAttempt(req.payload, requestAddress(req), email)
  if (!attempt.allowed) throw new TooManyPasswordAttempts(req, attempt.retryAfterSeconds)
  req.context[LOGIN_ATTEMPT] = attempt

  const account = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: normalizeEmail(email) } }, req })
  if (!account) await checkAgainstNobody(password)
  return args
}

/** A successful login gives its attempt back: only failures count against the source. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req }) => {
  await heldAttempt(req)?.release()
}

function heldAttempt(req: PayloadRequest): Extract<PasswordAttempt, { allowed: true }> | undefined {
  const attempt = req.context[LOGIN_ATTEMPT] as PasswordAttempt | undefined
  delete req.context[LOGIN_ATTEMPT]
  return attempt?.allowed ? attempt : undefined
}
