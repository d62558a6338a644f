// Starts the portal the way a newcomer does (`npm start`) on a free port with a fresh database, for the
// browser and HTTP tests; globalTeardown.mjs stops it.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from '../../scripts/lib.mjs'
import { startPortal } from '../../scripts/portal-process.mjs'
import { startSmtpSink } from '../mail/smtpSink.mjs'

export const ADMIN = { email: 'e2e-admin@newsroom.test', password: 'e2e-admin-password-1' }
export const PORTAL_SECRET = 'e2e-secret-not-for-production'
// One state file per checkout, so test runs in two clones on one machine never stop each other's server.
export const STATE_FILE = path.join(os.tmpdir(), `news-portal-e2e-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.json`)

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export default async function globalSetup() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Browser tests need Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  }
  // The portal's mail goes to a real SMTP server on loopback; tests read what it received (tests/mail/inbox.ts).
  // It lives in this process: globalTeardown.mjs stops it.
  const sink = await startSmtpSink()
  globalThis.__E2E_SMTP_SINK__ = sink
  process.env.E2E_MAIL_DIR = sink.dir
  const portal = startPortal({
    prefix: 'portal-e2e-',
    env: {
      PAYLOAD_SECRET: PORTAL_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // Due jobs (scheduled publishing) run every second instead of every minute.
      JOBS_INTERVAL_SECONDS: '1',
      // The tests stand in for one trusted reverse proxy, so X-Forwarded-For lets them act as many readers.
      TRUSTED_PROXY_HOPS: '1',
      // Readers' views reach "Most read" every second instead of every minute.
      VIEWS_FLUSH_SECONDS: '1',
      // Sitemap files of 7 URLs, so each language's few dozen are split into several (tests/e2e/seo.test.ts).
      SITEMAP_URLS_PER_FILE: '7',
      ...sink.env,
    },
  }).catch(async (error) => {
    await sink.close()
    throw error
  })
  const { baseURL, databaseURI, dir, pid } = await portal
  fs.writeFileSync(STATE_FILE, JSON.stringify({ pid, dir, baseURL, mailDir: sink.dir }))
  process.env.E2E_BASE_URL = baseURL
  process.env.E2E_DATABASE_URI = databaseURI
}
