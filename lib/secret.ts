import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs login tokens. Production sets it in the environment; a fresh clone has none,
 * so one is generated on first use and kept (readable by the owner only) beside the database file,
 * which keeps logins valid across restarts without a manual step.
 */
export function payloadSecret(env: Record<string, string | undefined> = process.env, dataDir = path.resolve(process.cwd(), 'data')): string {
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
