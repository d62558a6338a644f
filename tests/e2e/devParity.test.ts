import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { freePort } from '../../scripts/portal-process.mjs'
import { root } from '../../scripts/lib.mjs'

import { baseURL } from './env'

/**
 * `npm run dev` runs the same server as `npm start` (server/main.ts, with --dev): the same pipeline, so the
 * same headers, nonces, routing, 404 and refusals in development as in production. A development server of its
 * own on a fresh database, compared with the shared production portal answer by answer. Only what a
 * development build may differ in is left out: caching headers, ETags, Next's dev-only headers.
 */

let dev: ChildProcess
let devURL = ''
let dir = ''
let devLog = ''

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-devparity-'))
  const port = await freePort()
  devURL = `http://127.0.0.1:${port}`
  devLog = path.join(dir, 'dev.log')
  const log = fs.openSync(devLog, 'w')
  dev = spawn('npm', ['run', 'dev'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      PORT: String(port),
      DATABASE_URI: `file:${path.join(dir, 'dev.db')}`,
      SERVER_URL: devURL,
      PAYLOAD_SECRET: 'dev-parity-secret-not-for-production',
      ADMIN_EMAIL: 'dev-parity@newsroom.test',
      ADMIN_PASSWORD: 'dev-parity-password-1',
      JOBS_INTERVAL_SECONDS: '3600',
    },
    stdio: ['ignore', log, log],
    detached: true,
  })
  // A development server compiles each route on its first request: up to minutes on a busy machine.
  const deadline = Date.now() + 600_000
  for (;;) {
    if (dev.exitCode !== null) throw new Error(`npm run dev exited with ${dev.exitCode}:\n${fs.readFileSync(devLog, 'utf8')}`)
    const answer = await fetch(`${devURL}/az`).catch(() => null)
    if (answer?.status === 200) break
    if (Date.now() > deadline) throw new Error(`npm run dev did not serve /az:\n${fs.readFileSync(devLog, 'utf8')}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}, 660_000)

afterAll(() => {
  try {
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM')
  } catch {
    // already gone
  }
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Headers whose values must match, the nonce replaced by a placeholder (it differs by design). */
const COMPARED = [
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'content-type',
  'content-encoding',
  'location',
  'allow',
  'retry-after',
] as const

async function answer(base: string, pathname: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${pathname}`, { redirect: 'manual', ...init, headers: { 'accept-encoding': 'br, gzip', 'accept-language': 'en', ...init.headers } })
  const html = response.headers.get('content-type')?.startsWith('text/html') ? await response.text() : ''
  await response.body?.cancel().catch(() => undefined)
  const headers = Object.fromEntries(COMPARED.map((name) => [name, response.headers.get(name)?.replace(/'nonce-[^']+'/, "'nonce-N'") ?? null]))
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
  const scripts = html.match(/<script\b[^>]*>/g) ?? []
  return {
    status: response.status,
    headers,
    vary: /accept-encoding/i.test(response.headers.get('vary') ?? ''),
    everyScriptNonced: scripts.length > 0 && scripts.every((tag) => tag.includes(` nonce="${nonce}"`)),
    lang: /<html lang="(\w+)"/.exec(html)?.[1] ?? null,
  }
}

describe('npm run dev and npm start', () => {
  it.each([
    ['a page', '/az', {}],
    ['"/" by language', '/', {}],
    ['a path of no page', '/de/anything', {}],
    ['a malformed page number', '/ru/category/x?page=0', {}],
    ['an unknown method', '/az', { method: 'PROPFIND' }],
    ['a write from another site', '/api/users/login', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' }],
    ['the liveness check', '/api/health/live', {}],
  ] as const)('answer %s alike', async (_name, pathname, init) => {
    const [production, development] = await Promise.all([answer(baseURL(), pathname, init as RequestInit), answer(devURL, pathname, init as RequestInit)])
    expect(development).toEqual(production)
  })

  it('put the page’s one nonce on every script in both', async () => {
    expect((await answer(devURL, '/az')).everyScriptNonced).toBe(true)
    expect((await answer(baseURL(), '/az')).everyScriptNonced).toBe(true)
  })

  it('log every request as one JSON line in both', () => {
    const lines = fs.readFileSync(devLog, 'utf8').split('\n').filter((line) => line.startsWith('{"time"'))
    expect(lines.map((line) => JSON.parse(line) as { msg: string; path: string }).some((line) => line.msg === 'request' && line.path === '/az')).toBe(true)
  })
})
