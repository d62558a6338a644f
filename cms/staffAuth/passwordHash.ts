import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/** Payload 3.90's stored formats (payload/dist/auth/strategies/local/generatePasswordSaltHash.js). */
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

export type StoredPassword = { hash?: unknown; salt?: unknown }

/**
 * Whether `password` is the one stored as `hash`/`salt`. Payload checks passwords in its login operation
 * only and does not export that check, so it is mirrored here for the "current password" confirmation.
 * A hash in a format this does not know never matches: a future Payload with a new format makes changes
 * fail closed (and the e2e tests that change a password fail), never accepts a wrong password.
 */
export async function passwordMatches(stored: StoredPassword, password: string): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string' || !salt) return false
  const current = hash.startsWith(CURRENT.prefix)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? hash.slice(CURRENT.prefix.length) : hash, 'hex')
  if (expected.length !== keyLength) return false
  const actual = await derive(password, salt, iterations, keyLength, 'sha256')
  return timingSafeEqual(actual, expected)
}

const NOBODY: StoredPassword = { salt: '00'.repeat(32), hash: `${CURRENT.prefix}${'00'.repeat(CURRENT.keyLength)}` }

/**
 * The work of checking a password against a real account, spent on an address that has none: without it
 * an unknown address is refused in a few milliseconds and a real one only after the hash, which tells
 * the two apart.
 */
export async function checkAgainstNobody(password: string): Promise<void> {
  await passwordMatches(NOBODY, password)
}
