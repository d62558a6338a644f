import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from '@jest/globals'

import { root, serverArgs } from '../../scripts/lib.mjs'
import { freePort } from '../../scripts/portal-process.mjs'

import { baseURL, get } from './env'

/**
 * Portals whose database is away. Pages with a cached copy are still served; a page that must be rendered
 * gets 503 "temporarily unavailable" in its language (no error, no script, not cached); readiness, the API
 * and reviews say 503 too; and everything recovers without a restart once the database is back.
 * (Reviews while SQLite is locked by another writer: faults.test.ts.)
 */

const UNAVAILABLE = { az: 'Sayt müvəqqəti əlçatan deyil', en: 'Temporarily unavailable', ru: 'Сайт временно недоступен' } as const

async function expectUnavailablePage(response: Response, locale: keyof typeof UNAVAILABLE) {
  expect(response.status).toBe(503)
  expect(response.headers.get('retry-after')).toBe('30')
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  const html = await response.text()
  expect(html).toContain(`<html lang="${locale}">`)
  expect(html).toContain(`<h1>${UNAVAILABLE[locale]}</h1>`)
  expect(html).not.toContain('<script')
}

type Server = { url: (path: string) => string; exited: () => boolean; stop: () => void }

/**
 * A second server on the shared build (.next, prerendered for the shared portal's origin), started like
 * the Docker image starts it (no npm start, which would refuse an unreachable database up front).
 */
async function startServer(databaseURI: string): Promise<Server> {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-outage-'))
  const log = fs.openSync(path.join(dir, 'server.log'), 'w')
  const child = spawn(process.execPath, serverArgs(), {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      DATABASE_URI: databaseURI,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SERVER_URL: baseURL(),
      JOBS_INTERVAL_SECONDS: '3600',
    },
    stdio: ['ignore', log, log],
    detached: true,
  })
  const url = (p: string) => `http://127.0.0.1:${port}${p}`
  await until(() => fetch(url('/api/health/live')).then((r) => (r.ok ? true : undefined), () => undefined), 30_000)
  return {
    url,
    exited: () => child.exitCode !== null,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function until<T>(attempt: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = await attempt()
    if (result !== undefined) return result
    if (Date.now() > deadline) throw new Error('gave up waiting')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * Waits until the cached copy of a prerendered page (written by the build, or by the last render since) is
 * more than a minute old, so that it is stale. Only a test file run in the build's first minute waits.
 */
async function untilOlderThanItsMinute(pagePath: string) {
  const file = path.join(root, '.next', 'server', 'app', `${pagePath}.html`)
  const age = Date.now() - fs.statSync(file).mtimeMs
  if (age < 61_000) await new Promise((resolve) => setTimeout(resolve, 61_000 - age))
}

/** What every outage looks like to readers and clients: the cache still serves, the rest is 503. */
async function expectOutage(server: Server) {
  expect((await fetch(server.url('/api/health/live'))).status).toBe(200)
  const ready = await fetch(server.url('/api/health/ready'))
  expect(ready.status).toBe(503)
  expect(ready.headers.get('retry-after')).toBeTruthy()
  expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database' })

  // The build prerendered the event pages: served from the cache with no database. The oldest event is the
  // seed's, there before the build; other test files create events the build never saw.
  const { docs } = (await (await get('/api/remembrance-events?locale=en&limit=1&depth=0&sort=createdAt')).json()) as { docs: { slug: string; name: string }[] }
  const cachedPath = `/en/remembrance/${docs[0].slug}`
  // Whatever its age: a copy older than its minute (revalidate = 60) is due to be rendered again, which fails
  // without a database; the copy must still be served, to every reader at once.
  await untilOlderThanItsMinute(cachedPath)
  const readers = await Promise.all(Array.from({ length: 10 }, () => fetch(server.url(cachedPath))))
  for (const cached of readers) {
    expect(cached.status).toBe(200)
    expect(cached.headers.get('x-nextjs-cache')).toMatch(/^(STALE|HIT)$/)
    expect(await cached.text()).toContain(docs[0].name)
  }

  // Pages nobody has asked for (the servers share the cache, so each outage asks for its own): nothing
  // cached, so nothing to show but the truth, in the page's language.
  const unasked = randomBytes(4).toString('hex')
  await expectUnavailablePage(await fetch(server.url(`/az/tag/hec-kimin-acmadigi-${unasked}`)), 'az')
  await expectUnavailablePage(await fetch(server.url(`/en/tag/nobody-opened-${unasked}`)), 'en')
  await expectUnavailablePage(await fetch(server.url(`/ru/tag/nikto-ne-otkryval-${unasked}`)), 'ru')

  const { docs: articles } = (await (await get('/api/articles?limit=1&depth=0')).json()) as { docs: { id: number }[] }
  const review = await fetch(server.url('/api/reviews/submit'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ article: articles[0].id, locale: 'en', name: 'Reader', body: 'Sent while the database is away.' }),
  })
  expect(review.status).toBe(503)
  expect(review.headers.get('retry-after')).toBe('30')
  expect(server.exited()).toBe(false)
}

describe('a portal whose SQLite file is unavailable', () => {
  it('serves its cache, answers 503 for the rest, and recovers without a restart once the file is back', async () => {
    // The file's directory does not exist yet: SQLite cannot open it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-missing-db-'))
    const file = path.join(dir, 'not-yet', 'portal.db')
    const server = await startServer(`file:${file}`)
    try {
      await expectOutage(server)

      // The database comes back: a consistent copy of the shared portal's, as `npm run backup` makes it.
      fs.mkdirSync(path.dirname(file))
      const source = createClient({ url: process.env.E2E_DATABASE_URI! })
      await source.execute({ sql: 'VACUUM INTO ?', args: [file] })
      source.close()

      expect(await until(async () => ((await fetch(server.url('/api/health/ready'))).ok ? true : undefined), 30_000)).toBe(true)
      // The seed article: other tests' articles may have been unpublished, and this server shares the page cache.
      const { docs } = (await (await fetch(server.url('/api/articles?locale=en&limit=1&depth=0&sort=publishedAt&where[slug][exists]=true'))).json()) as {
        docs: { title: string; slug: string }[]
      }
      expect(docs).toHaveLength(1)
      const page = await fetch(server.url(`/en/news/${docs[0].slug}`))
      expect(page.status).toBe(200)
      expect(await page.text()).toContain(docs[0].title)
      // A tag that does not exist is an honest 404 again: the database answers.
      expect((await fetch(server.url(`/en/tag/no-such-tag-${randomBytes(4).toString('hex')}`))).status).toBe(404)
    } finally {
      server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)
})

describe('a portal pointed at an unreachable MongoDB', () => {
  it('stays up, serves what its cache holds, and answers 503 for the rest, readiness and reviews included', async () => {
    // Nothing listens on this port: the MongoDB adapter's server selection fails (5 s) on every attempt.
    const server = await startServer(`mongodb://127.0.0.1:${await freePort()}/news-portal`)
    try {
      await expectOutage(server)
    } finally {
      server.stop()
    }
  }, 240_000)
})
