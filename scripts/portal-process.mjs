// Starts the portal the way a newcomer does (`npm start`: migrate, seed, build if needed, serve) on a free
// port with a fresh SQLite database in a temporary directory, for the browser tests and the benchmarks.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { root } from './lib.mjs'

export async function freePort() {
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

/**
 * A second portal beside a running one passes that one's `databaseURI` and SERVER_URL: they share .next,
 * and another database or origin would make `npm start` rebuild it under the running portal.
 * `beforeStart({ databaseURI, dir })`, if given, runs on the fresh database before `npm start` does (the
 * benchmark seeds hundreds of articles there; prepare then finds users and adds no demo content).
 * Returns once /az answers. The server runs in its own process group (stop it with `stop()`, or
 * process.kill(-pid) from another process); its output goes to server.log in `dir`; `exited` settles
 * with `npm start`'s exit code. `port` restarts a stopped portal where a proxy expects it. The wait covers a production build, which on a busy machine can take
 * several minutes: it is a ceiling for a broken start, not a measure of speed.
 */
/**
 * @param {{ prefix?: string, env?: Record<string, string>, timeoutMs?: number, databaseURI?: string, port?: number,
 *   beforeStart?: (fresh: { databaseURI: string, dir: string }) => Promise<unknown> }} [options]
 */
export async function startPortal({ prefix = 'portal-', env = {}, timeoutMs = 900_000, beforeStart, databaseURI: existingDatabase, port: givenPort } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const port = givenPort ?? (await freePort())
  const baseURL = `http://127.0.0.1:${port}`
  const databaseURI = existingDatabase ?? `file:${path.join(dir, 'portal.db')}`
  const logFile = path.join(dir, 'server.log')
  if (beforeStart) await beforeStart({ databaseURI, dir })
  const log = fs.openSync(logFile, 'w')
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    // Pages link to SERVER_URL (lib/siteUrl.ts): here, the address the portal is reached at.
    env: { ...process.env, NODE_OPTIONS: '', PORT: String(port), DATABASE_URI: databaseURI, SERVER_URL: baseURL, ...env },
    stdio: ['ignore', log, log],
    detached: true,
  })
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM') // the whole group: npm start's script and the Next server it spawned
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitUntilUp(`${baseURL}/az`, child, timeoutMs)
  } catch (error) {
    console.error(fs.readFileSync(logFile, 'utf8'))
    stop()
    throw error
  }
  return { baseURL, port, databaseURI, dir, logFile, pid: child.pid, exited, stop }
}
