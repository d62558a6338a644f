// Starts the portal the way a newcomer does (`npm start`: migrate, seed, build if needed, serve) on a
// free port with a fresh database, and waits until it answers.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { root } from '../../scripts/lib.mjs'

export const ADMIN = { email: 'e2e-admin@newsroom.test', password: 'e2e-admin-password-1' }
// One state file per checkout, so test runs in two clones on one machine never stop each other's server.
export const STATE_FILE = path.join(os.tmpdir(), `news-portal-e2e-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.json`)

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

async function freePort() {
  const server = net.createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function waitUntilUp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal exited with ${child.exitCode} before answering.`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The portal did not answer ${url} within ${timeoutMs / 1000} s.`)
}

export default async function globalSetup() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Browser tests need Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'))
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const log = fs.openSync(path.join(dir, 'server.log'), 'w')
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      PORT: String(port),
      DATABASE_URI: `file:${path.join(dir, 'portal.db')}`,
      PAYLOAD_SECRET: 'e2e-secret-not-for-production',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // Due jobs (scheduled publishing) run every second instead of every minute.
      JOBS_INTERVAL_SECONDS: '1',
      // The tests stand in for one trusted reverse proxy, so X-Forwarded-For lets them act as many readers.
      TRUSTED_PROXY_HOPS: '1',
    },
    stdio: ['ignore', log, log],
    detached: true,
  })
  fs.writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, dir, baseURL }))
  process.env.E2E_BASE_URL = baseURL
  process.env.E2E_DATABASE_URI = `file:${path.join(dir, 'portal.db')}`
  try {
    await waitUntilUp(`${baseURL}/az`, child, 300_000)
  } catch (error) {
    console.error(fs.readFileSync(path.join(dir, 'server.log'), 'utf8'))
    throw error
  }
}
