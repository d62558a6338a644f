import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { startPortal } from '../../scripts/portal-process.mjs'
import { startNginx, startRedis, type RedisServer } from '../../scripts/servers.mjs'
import { ADMIN, baseURL } from './env'
import { PORTAL_SECRET } from './globalSetup.mjs'

/**
 * The compose profile `scale` on this machine: two portals on one database, sharing Next's cache through a real
 * Redis (Debian's redis-server), behind a real nginx running deploy/nginx.conf with only its addresses changed
 * (scripts/servers.mjs). The portals run as the profile runs them (TRUSTED_PROXY_HOPS=1), on the shared test
 * database and origin, so they share the build (.next) with the suite's own portal.
 */

type Portal = Awaited<ReturnType<typeof startPortal>>
type Server = { url: string; stop: (signal?: NodeJS.Signals) => Promise<void> }

const json = { 'content-type': 'application/json' }
const stamp = Date.now().toString(36)
let redis: RedisServer
let proxy: Server
let a: Portal
let b: Portal
let token = ''
let payload: Payload

const portalEnv = () => ({
  PAYLOAD_SECRET: PORTAL_SECRET,
  SERVER_URL: baseURL(),
  REDIS_URL: redis.url,
  TRUSTED_PROXY_HOPS: '1',
  JOBS_INTERVAL_SECONDS: '1',
})
const start = (port?: number) => startPortal({ prefix: 'portal-scale-', databaseURI: process.env.E2E_DATABASE_URI, port, env: portalEnv() })
const stopPortal = async (portal: Portal | undefined) => {
  if (!portal) return
  try {
    if (portal.pid) process.kill(-portal.pid, 'SIGTERM')
    await portal.exited
  } catch {
    // already gone
  }
}

async function api<T>(origin: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${origin}/api${path}`, {
    method,
    headers: { ...json, authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(response.status).toBeLessThan(300)
  return (await response.json()) as T
}

const headline = async (origin: string, path: string) => {
  const response = await fetch(`${origin}${path}`)
  expect(response.status).toBe(200)
  return /<h1[^>]*>([^<]*)</.exec(await response.text())?.[1]
}

/** Lines of a portal's request log (server/requestLog.ts) for one path answered 200. */
const logged = (portal: Portal, method: string, path: string) =>
  fs
    .readFileSync(portal.logFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"msg":"request"') && line.includes(`"method":"${method}"`) && line.includes(`"path":"${path}"`) && line.includes('"status":200'))
    .length

beforeAll(async () => {
  redis = await startRedis()
  ;[a, b] = await Promise.all([start(), start()])
  proxy = await startNginx([a.port, b.port])
  const login = await fetch(`${a.baseURL}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token

  process.env.DATABASE_URI = process.env.E2E_DATABASE_URI
  process.env.PAYLOAD_SECRET = PORTAL_SECRET
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
}, 600_000)

afterAll(async () => {
  await Promise.all([stopPortal(a), stopPortal(b)])
  await proxy?.stop()
  await redis?.stop()
  await payload?.destroy()
  for (const portal of [a, b]) if (portal) fs.rmSync(portal.dir, { recursive: true, force: true })
}, 60_000)

describe('two portals behind nginx', () => {
  let article: { id: number; slug: string }
  let path = ''

  it('serve an edit made through one instance fresh from the other at its next request', async () => {
    ;({ doc: article } = await api<{ doc: { id: number; slug: string } }>(a.baseURL, 'POST', '/articles?locale=az', {
      title: `Miqyas sınağı ${stamp}`,
      _status: 'published',
    }))
    path = `/az/news/${article.slug}`
    // Both instances render and cache the page: the edit must expire B's copy, which lives in Redis.
    expect(await headline(a.baseURL, path)).toBe(`Miqyas sınağı ${stamp}`)
    expect(await headline(b.baseURL, path)).toBe(`Miqyas sınağı ${stamp}`)
    expect((await fetch(`${b.baseURL}${path}`)).headers.get('x-nextjs-cache')).toBe('HIT')

    await api(a.baseURL, 'PATCH', `/articles/${article.id}?locale=az`, { title: `Miqyas sınağı, düzəliş ${stamp}`, _status: 'published' })
    expect(await headline(b.baseURL, path)).toBe(`Miqyas sınağı, düzəliş ${stamp}`)
    // And a list on B: the home page shows the new headline too.
    expect(await (await fetch(`${b.baseURL}/az`)).text()).toContain(`Miqyas sınağı, düzəliş ${stamp}`)
  })

  it('run a due job once between them, and poll for jobs only as the holder of each interval', async () => {
    const { docs: admins } = await payload.find({ collection: 'users', where: { email: { equals: ADMIN.email } } })
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      context: { disableRevalidate: true },
      data: { title: `Planlı miqyas xəbəri ${stamp}`, _status: 'draft' },
    })
    const before = { a: logged(a, 'GET', '/api/payload-jobs/run'), b: logged(b, 'GET', '/api/payload-jobs/run') }
    const started = Date.now()
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: admins[0].id } },
      waitUntil: new Date(Date.now() + 1000),
    })
    // Read from the database: the suite's own portal (on this database, without the shared cache) may be the
    // one that runs it, and would expire only its own copy of the pages.
    let status: string | null | undefined = 'draft'
    for (let attempt = 0; attempt < 40 && status !== 'published'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (await payload.findByID({ collection: 'articles', id: draft.id, depth: 0 }))._status
    }
    expect(status).toBe('published')
    // Let any second runner have its chance before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const seconds = (Date.now() - started) / 1000

    // Published once: the draft and one published version (a second run would publish again).
    const { docs: versions } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: draft.id } }, limit: 10, depth: 0 })
    expect(versions.map((version) => version.version._status).sort()).toEqual(['draft', 'published'])

    // Each instance's runner asks every second, but the two together were let in (200; the others 401) at most once
    // per second (the suite's own portal takes some of the intervals too); without the lease, near two per second.
    const runs = logged(a, 'GET', '/api/payload-jobs/run') - before.a + logged(b, 'GET', '/api/payload-jobs/run') - before.b
    expect(runs).toBeLessThanOrEqual(Math.ceil(seconds) + 1)
  })

  it('hold the review limits across both instances', async () => {
    const reader = `198.51.100.${(Date.now() % 200) + 20}`
    const statuses: number[] = []
    for (const [n, portal] of [a, b, a, b, a, b].entries()) {
      const response = await fetch(`${portal.baseURL}/api/reviews/submit`, {
        method: 'POST',
        headers: { ...json, 'x-forwarded-for': reader },
        body: JSON.stringify({ article: article.id, locale: 'az', name: 'Oxucu', body: `Hər iki nüsxədən rəy ${n} ${stamp}` }),
      })
      statuses.push(response.status)
    }
    // Three per article and reader (REVIEW_LIMIT_PER_ARTICLE), counted in the shared database.
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429])
  })

  it('keep answering through nginx with no 5xx while one instance is killed mid-load, and the restarted one catches up', async () => {
    const paths = ['/az', '/en', '/ru', path, '/az/remembrance']
    const statuses: number[] = []
    const failures: string[] = []
    let killedAt = 0
    let stopAt = Date.now() + 6000
    const reader = async (n: number) => {
      for (let i = n; Date.now() < stopAt; i += 1) {
        try {
          const response = await fetch(`${proxy.url}${paths[i % paths.length]}`)
          await response.arrayBuffer()
          statuses.push(response.status)
        } catch (error) {
          failures.push(String(error))
        }
      }
    }
    const load = Promise.all(Array.from({ length: 6 }, (_, n) => reader(n)))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    if (a.pid) process.kill(-a.pid, 'SIGKILL')
    killedAt = statuses.length
    await a.exited
    await load
    expect(failures).toEqual([])
    expect(statuses.filter((status) => status !== 200)).toEqual([])
    // Readers were served both before and after the kill.
    expect(killedAt).toBeGreaterThan(0)
    expect(statuses.length).toBeGreaterThan(killedAt)

    // While A is down the article is corrected through B; A comes back on its port and serves the correction.
    await api(b.baseURL, 'PATCH', `/articles/${article.id}?locale=az`, { title: `Miqyas sınağı, ikinci düzəliş ${stamp}`, _status: 'published' })
    const killed = a
    a = await start(killed.port)
    fs.rmSync(killed.dir, { recursive: true, force: true })
    expect(await headline(a.baseURL, path)).toBe(`Miqyas sınağı, ikinci düzəliş ${stamp}`)
    stopAt = 0
    for (let i = 0; i < 6; i += 1) expect(await headline(proxy.url, path)).toBe(`Miqyas sınağı, ikinci düzəliş ${stamp}`)
  }, 120_000)
})
