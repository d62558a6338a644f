import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from 'redis'

import { startPortal } from '../../scripts/portal-process.mjs'
import { startRedis, type RedisServer } from '../../scripts/servers.mjs'

import { ADMIN, baseURL } from './env'
import { PORTAL_SECRET } from './globalSetup.mjs'

/**
 * The shared cache on a real portal (`npm start` with REDIS_URL) and a real redis-server: an edit published
 * through it is on the next page it serves and its pages are kept in Redis; Redis killed, pages are still
 * served and the portal says so once; Redis back, the portal uses it again by itself.
 */

type Portal = { baseURL: string; dir: string; stop: () => void }

const stamp = Date.now().toString(36)
const json = { 'content-type': 'application/json' }
let redis: RedisServer
let portal: Portal
let token = ''
let article: { id: number; slug: string }

async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${portal.baseURL}/api${route}`, {
    method,
    headers: { ...json, authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = (await response.json()) as T
  if (response.status >= 300) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(data)}`)
  return data
}

async function page(route: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${portal.baseURL}${route}`, { headers: { 'accept-encoding': 'identity' } })
  return { status: response.status, html: await response.text() }
}

async function redisKeys(): Promise<string[]> {
  const client = createClient({ url: redis.url })
  await client.connect()
  try {
    return await client.keys('*')
  } finally {
    await client.close()
  }
}

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (accept(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const serverLog = () => fs.readFileSync(path.join(portal.dir, 'server.log'), 'utf8')
const logLines = (pattern: RegExp) => serverLog().split('\n').filter((line) => pattern.test(line))
const buildId = () => fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()

beforeAll(async () => {
  redis = await startRedis()
  // A portal of its own on the shared database and origin (they share .next, so no second build).
  portal = (await startPortal({
    prefix: 'portal-shared-cache-',
    databaseURI: process.env.E2E_DATABASE_URI,
    env: { PAYLOAD_SECRET: PORTAL_SECRET, SERVER_URL: baseURL(), REDIS_URL: redis.url },
  })) as Portal
  const login = await fetch(`${portal.baseURL}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  article = (
    await api<{ doc: { id: number; slug: string } }>('POST', '/articles?locale=az', {
      title: `Paylaşılan keş ${stamp}`,
      standfirst: `Birinci variant ${stamp}`,
      _status: 'published',
    })
  ).doc
}, 900_000)

afterAll(async () => {
  portal?.stop()
  await redis?.stop()
})

describe('the shared cache in Redis', () => {
  it('keeps pages and data in Redis under the build, and serves an edit on the next request', async () => {
    const route = `/az/news/${article.slug}`
    expect((await page(route)).html).toContain(`Birinci variant ${stamp}`)
    expect((await page(route)).html).toContain(`Birinci variant ${stamp}`)
    const keys = await redisKeys()
    expect(keys.length).toBeGreaterThan(0)
    // Under the build's prefix, beside the set of builds using this Redis.
    expect(keys.filter((key) => !key.startsWith(`portal:${buildId()}:`))).toEqual(['portal:builds'])
    // The page itself (Next's route-cache key for /az/news/<slug>) and data-cache entries.
    expect(keys.some((key) => key.endsWith(`/$/az/news/${article.slug}`))).toBe(true)

    await api('PATCH', `/articles/${article.id}?locale=az`, { standfirst: `İkinci variant ${stamp}`, _status: 'published' })
    const after = await page(route)
    expect(after.status).toBe(200)
    expect(after.html).toContain(`İkinci variant ${stamp}`)
    expect(after.html).not.toContain(`Birinci variant ${stamp}`)
    // The home page lists it under the new text too (the `articles` tag).
    expect((await page('/az')).html).not.toContain(`Birinci variant ${stamp}`)
  })

  it('serves pages while Redis is down, logs it once, and uses Redis again once it is back', async () => {
    await redis.kill()
    const routes = ['/az', '/en', '/ru', `/az/news/${article.slug}`, '/az/remembrance', '/az/on-this-day/02-26']
    for (let round = 0; round < 3; round++) {
      for (const route of routes) expect([route, (await page(route)).status]).toEqual([route, 200])
    }
    // An edit while Redis is away is still on the next page.
    await api('PATCH', `/articles/${article.id}?locale=az`, { standfirst: `Üçüncü variant ${stamp}`, _status: 'published' })
    expect((await page(`/az/news/${article.slug}`)).html).toContain(`Üçüncü variant ${stamp}`)
    expect(logLines(/Shared cache: Redis at 127\.0\.0\.1:\d+ is unavailable/)).toHaveLength(1)

    await redis.start()
    // Empty after its restart: the portal fills it again with the pages it serves, by itself.
    const keys = await eventually(
      async () => {
        await page(`/az/news/${article.slug}`)
        return redisKeys()
      },
      (found) => found.some((key) => key.endsWith(`/$/az/news/${article.slug}`)),
    )
    expect(keys.some((key) => key.endsWith(`/$/az/news/${article.slug}`))).toBe(true)
    expect(logLines(/Shared cache: Redis at 127\.0\.0\.1:\d+ answers again/)).toHaveLength(1)

    await api('PATCH', `/articles/${article.id}?locale=az`, { standfirst: `Dördüncü variant ${stamp}`, _status: 'published' })
    expect((await page(`/az/news/${article.slug}`)).html).toContain(`Dördüncü variant ${stamp}`)
    expect(logLines(/Shared cache: Redis at 127\.0\.0\.1:\d+ is unavailable/)).toHaveLength(1)
  })
})
