import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

type Env = Record<string, string | undefined>

/** Raised when a production deployment has no real PAYLOAD_SECRET; its message is the one line to print. */
export class SecretError extends Error {}

/** Shorter than this, or a placeholder, is not a secret anyone should sign logins with in production. */
const MIN_PRODUCTION_LENGTH = 32
const PLACEHOLDERS = ['secret', 'changeme', 'change-me', 'your-secret', 'payload', 'password', 'example']

/**
 * A deployment readers reach: the production MongoDB, or a public https address. A fresh clone's
 * `npm start` (embedded SQLite, no SERVER_URL) is a local demo and may keep a generated secret.
 */
export function isProductionDeployment(env: Env = process.env): boolean {
  if (env.NODE_ENV !== 'production') return false
  return /^mongodb(\+srv)?:\/\//.test(env.DATABASE_URI?.trim() ?? '') || /^https:\/\//.test(env.SERVER_URL?.trim() ?? '')
}

/** Refuses to run a production deployment with a missing or default PAYLOAD_SECRET. */
export function assertProductionSecret(env: Env = process.env): void {
  if (!isProductionDeployment(env)) return
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (!secret) {
    throw new SecretError('PAYLOAD_SECRET is not set: a production deployment needs a long random secret (e.g. openssl rand -hex 32).')
  }
  const lower = secret.toLowerCase()
  if (secret.length < MIN_PRODUCTION_LENGTH || PLACEHOLDERS.some((word) => lower.includes(word))) {
    throw new SecretError(
      `PAYLOAD_SECRET looks like a placeholder: a production deployment needs at least ${MIN_PRODUCTION_LENGTH} random characters (e.g. openssl rand -hex 32).`,
    )
  }
}

/**
 * PAYLOAD_SECRET signs login tokens and keys the review IP hashes. Production sets it in the environment
 * (and refuses to start without a real one); a fresh clone has none, so one is generated on first use and
 * kept (readable by the owner only) beside the database file, which keeps logins valid across restarts
 * without a manual step.
 */
export function payloadSecret(env: Env = process.env, dataDir = path.resolve(process.cwd(), 'data')): string {
  assertProductionSecret(env)
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv

  const file = path.join(dataDir, '.payload-secret')
  try {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored) return stored
  } catch {
    // not created yet
  }
  const generated = randomBytes(32).toString('hex')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 })
  return generated
}
