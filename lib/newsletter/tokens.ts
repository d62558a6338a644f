import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The confirmation link's token is random and single-use: only its SHA-256 is stored, and cleared once used.
 * The management links (unsubscribe, preferences) go into every digest, so they cannot be stored hashed and
 * still be written into the next mail: they are signed instead, HMAC over the subscriber's id, their random
 * `manageNonce` and the day the link was made. Nothing secret is stored; a new nonce (signing up again)
 * revokes every older link, and a link stops working `manageLinkDays` after it was made.
 */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export const newNonce = (): string => randomBytes(16).toString('base64url')

const DAY_MS = 24 * 60 * 60 * 1000

function signature(secret: string, id: string, nonce: string, day: number): string {
  return createHmac('sha256', secret).update(`newsletter-manage:${id}:${nonce}:${day}`).digest('base64url')
}

export function manageToken(secret: string, subscriber: { id: number | string; manageNonce?: string | null }, now: Date): string {
  const day = Math.floor(now.getTime() / DAY_MS)
  return `${subscriber.id}.${day}.${signature(secret, String(subscriber.id), subscriber.manageNonce ?? '', day)}`
}

export type ParsedManageToken = { id: string; day: number; signature: string }

/** The parts of a management token, or null for anything not shaped like one (checked before any database read). */
export function parseManageToken(token: unknown): ParsedManageToken | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const match = /^([\w-]{1,64})\.(\d{1,7})\.([\w-]{43})$/.exec(token)
  return match ? { id: match[1], day: Number(match[2]), signature: match[3] } : null
}

export type ManageCheck = 'valid' | 'invalid' | 'expired'

export function checkManageToken(secret: string, parsed: ParsedManageToken, nonce: string, now: Date, maxDays: number): ManageCheck {
  const expected = Buffer.from(signature(secret, parsed.id, nonce, parsed.day))
  const given = Buffer.from(parsed.signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid'
  return Math.floor(now.getTime() / DAY_MS) - parsed.day > maxDays ? 'expired' : 'valid'
}

/** A keyed hash of an e-mail address, for the per-address limit: the lock's key never holds the address. */
export const addressKey = (secret: string, email: string): string => createHmac('sha256', secret).update(`newsletter-address:${email}`).digest('hex')

/** Where logs mention a subscriber: never the address, at most this. */
export const redactEmail = (email: string): string => `***@${email.slice(email.lastIndexOf('@') + 1)}`
