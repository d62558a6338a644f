import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from '@jest/globals'

import { startPortal } from '../../scripts/portal-process.mjs'

import { baseURL } from './env'
import { PORTAL_SECRET } from './globalSetup.mjs'

/**
 * SIGTERM, as Docker or a deploy sends it, to a portal of its own (the shared one keeps serving the other
 * tests): requests in flight finish, new ones are refused, the database is closed, all within the bound.
 */

const BODY = 'Server dayanarkən göndərilən rəy.'

type Portal = { baseURL: string; databaseURI: string; dir: string; pid: number; exited: Promise<{ code: number | null }>; stop: () => void }

// On the shared portal's database and origin: the two share .next, which another would make npm start rebuild.
const start = () =>
  startPortal({
    prefix: 'portal-shutdown-',
    databaseURI: process.env.E2E_DATABASE_URI,
    // Views are handed over only at shutdown: the periodic hand-over never comes within a test.
    env: { PAYLOAD_SECRET: PORTAL_SECRET, SERVER_URL: baseURL(), SHUTDOWN_GRACE_SECONDS: '4', JOBS_INTERVAL_SECONDS: '3600', VIEWS_FLUSH_SECONDS: '3600' },
  }) as Promise<Portal>

/**
 * A review whose JSON body arrives in two parts; `between` runs after the first part is on the wire. Its length
 * is declared, as a browser's is (the server refuses a body of unknown length: 411).
 */
function slowReview(portal: Portal, article: number, between: () => Promise<void>, finish = true) {
  const body = JSON.stringify({ article, locale: 'az', name: 'Oxucu', body: BODY })
  return new Promise<number>((resolve, reject) => {
    const request = http.request(`${portal.baseURL}/api/reviews/submit`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    request.on('error', reject)
    request.write(body.slice(0, 20))
    // Only once the server has the request's headers is it "in flight".
    request.on('socket', (socket) =>
      socket.once('connect', () => void wait(300).then(between).then(() => (finish ? request.end(body.slice(20)) : undefined))),
    )
  })
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const log = (portal: Portal) => fs.readFileSync(path.join(portal.dir, 'server.log'), 'utf8')

describe('graceful shutdown', () => {
  it('finishes the request in flight, refuses new ones, records the views counted since the last hand-over, closes the database and exits', async () => {
    const portal = await start()
    try {
      const { docs } = (await (await fetch(`${portal.baseURL}/api/articles?locale=az&limit=1&depth=0&sort=publishedAt&where[slug][exists]=true`)).json()) as { docs: { id: number; slug: string }[] }
      const views = async () => {
        const database = createClient({ url: portal.databaseURI })
        const { rows } = await database.execute({ sql: "SELECT coalesce(sum(count), 0) AS n FROM article_views WHERE article_id = ? AND period = 'hour'", args: [docs[0].id] })
        database.close()
        return Number(rows[0].n)
      }
      const viewsBefore = await views()
      const reader = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' }
      expect((await fetch(`${portal.baseURL}/az/news/${docs[0].slug}`, { headers: reader })).status).toBe(200)
      const inFlight = slowReview(portal, docs[0].id, async () => {
        process.kill(-portal.pid, 'SIGTERM')
        await wait(1000)
        await expect(fetch(`${portal.baseURL}/az`)).rejects.toThrow()
      })
      expect(await inFlight).toBe(201)
      expect((await portal.exited).code).toBe(0)
      const shutdown = log(portal)
        .split('\n')
        .filter((line) => line.includes('"msg":"shutdown"'))
        .map((line) => JSON.parse(line) as { level: string; signal: string; hooks: number })
      // The database-closing hook (instrumentation.ts) ran and did not fail.
      expect(shutdown).toEqual([expect.objectContaining({ level: 'info', signal: 'SIGTERM', hooks: 1 })])
      expect(log(portal)).not.toContain('Shutdown hook failed')
      // What the last request wrote was committed before the database closed.
      const database = createClient({ url: portal.databaseURI })
      const { rows } = await database.execute({ sql: 'SELECT count(*) AS n FROM reviews WHERE body = ?', args: [BODY] })
      database.close()
      expect(Number(rows[0].n)).toBe(1)
      // The view this portal counted, recorded by the shutdown hook before the database closed.
      expect(await views()).toBe(viewsBefore + 1)
    } finally {
      portal.stop()
    }
  }, 60_000)

  it('does not wait for ever on a request that never ends', async () => {
    const portal = await start()
    try {
      const { docs } = (await (await fetch(`${portal.baseURL}/api/articles?locale=az&limit=1&depth=0&sort=publishedAt&where[slug][exists]=true`)).json()) as { docs: { id: number }[] }
      const started = Date.now()
      void slowReview(portal, docs[0].id, async () => void process.kill(-portal.pid, 'SIGTERM'), false).catch(() => undefined)
      const { code } = await portal.exited
      expect(code).toBe(1)
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(log(portal)).toContain('requests still running after the grace period')
    } finally {
      portal.stop()
    }
  }, 60_000)
})
