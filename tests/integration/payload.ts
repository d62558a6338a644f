import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Migration, Payload } from 'payload'

/**
 * Boots the real Payload (Local API) on a throwaway SQLite file, with the schema built by the
 * committed migrations exactly as production builds it. One database per test file. `env` is set before the
 * config is read, e.g. a test's SMTP sink (tests/mail/smtpSink.mjs `env`) for the e-mail adapter.
 */
export async function bootPayload({ env = {} }: { env?: Record<string, string> } = {}): Promise<{ payload: Payload; dir: string; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-int-'))
  Object.assign(process.env, env)
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  process.env.MEDIA_DIR = path.join(dir, 'media')

  // Imported after DATABASE_URI is set: ESM would hoist a static import above it.
  const { default: config } = await import('@payload-config')
  const { migrations } = await import('@/migrations')
  const { getPayload } = await import('payload')

  const payload = await getPayload({ config })
  // Generated migrations are typed for the SQLite adapter; the generic adapter API types them loosely.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

  return {
    payload,
    dir,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
