import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CacheHandlerValue } from '@fortedigital/nextjs-cache-handler/cache-handler.types'
import { createClient } from 'redis'

import { cacheKeyPrefix } from '@/cms/sharedCache/keys'
import { createSharedStore, type SharedStore } from '@/cms/sharedCache/store'

import { startRedis, type RedisServer } from '../../scripts/servers.mjs'

// Two stores with their own Redis connections, as two portal processes have: what one writes or expires, the
// other sees. Then Redis is killed, frozen and started again under them.

const PREFIX = cacheKeyPrefix('build-a')
const TIMEOUT_MS = 500

let redis: RedisServer
let a: SharedStore
let b: SharedStore
const logA: string[] = []
const logB: string[] = []

/** A data-cache entry (what `unstable_cache` stores) tagged as the gateway tags its reads. */
function dataEntry(data: unknown, tags: string[]): CacheHandlerValue {
  const now = Date.now()
  return {
    lastModified: now,
    lifespan: null,
    tags,
    value: { kind: 'FETCH', data: { headers: {}, body: JSON.stringify(data), status: 200, url: '' }, revalidate: 300 },
  } as unknown as CacheHandlerValue
}

/** A page of the full-route cache: HTML, its RSC payload (bytes) and the tags Next put in its headers. */
function pageEntry(html: string, tags: string[]): CacheHandlerValue {
  return {
    lastModified: Date.now(),
    lifespan: null,
    tags,
    value: {
      kind: 'APP_PAGE',
      html,
      rscData: Buffer.from([0, 1, 2, 255]),
      headers: { 'x-next-cache-tags': tags.join(',') },
      status: 200,
      postponed: undefined,
      segmentData: new Map([['/_tree', Buffer.from('tree')]]),
    },
  } as unknown as CacheHandlerValue
}

const read = (store: SharedStore, key: string) => store.handler.get(key, { implicitTags: [] })

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (accept(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** How long an operation took, and what it gave. */
async function timed<T>(operation: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now()
  const value = await operation()
  return { value, ms: Date.now() - started }
}

beforeAll(async () => {
  redis = await startRedis()
  a = createSharedStore({ url: redis.url, keyPrefix: PREFIX, timeoutMs: TIMEOUT_MS, log: (line) => logA.push(line) })
  b = createSharedStore({ url: redis.url, keyPrefix: PREFIX, timeoutMs: TIMEOUT_MS, log: (line) => logB.push(line) })
  await eventually(async () => a.isAvailable() && b.isAvailable(), Boolean)
})

afterAll(async () => {
  await a?.close()
  await b?.close()
  // The handler's own store (one per process, as in the server).
  await (globalThis as { [key: symbol]: SharedStore | undefined })[Symbol.for('portal.sharedCacheStore')]?.close()
  redis?.resume()
  await redis?.stop()
})

describe('the shared cache store on a real Redis', () => {
  it('serves what one instance wrote to the other, bytes and all, under the build prefix', async () => {
    await a.handler.set('data-1', dataEntry({ title: 'Xocalı' }, ['articles', 'article:1']))
    await a.handler.set('/route-cache/APP_PAGE/x/$/az', pageEntry('<h1>Xəbərlər</h1>', ['articles', '_N_T_/az']))

    const data = await read(b, 'data-1')
    expect(data?.value).toMatchObject({ kind: 'FETCH', data: { body: JSON.stringify({ title: 'Xocalı' }) } })
    const page = await read(b, '/route-cache/APP_PAGE/x/$/az')
    const value = page?.value as { html: string; rscData: Buffer; segmentData: Map<string, Buffer> }
    expect(value.html).toBe('<h1>Xəbərlər</h1>')
    expect(Buffer.isBuffer(value.rscData) && [...value.rscData]).toEqual([0, 1, 2, 255])
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree')

    const inspector = createClient({ url: redis.url })
    await inspector.connect()
    const keys = await inspector.keys('*')
    await inspector.close()
    // The build's keys, and the set of builds using this Redis.
    expect(keys.filter((key) => !key.startsWith(PREFIX))).toEqual(['portal:builds'])
    expect(keys).toEqual(expect.arrayContaining([`${PREFIX}data-1`, `${PREFIX}/route-cache/APP_PAGE/x/$/az`]))
  })

  it('expires a tag for every instance: what one expires, the other no longer serves', async () => {
    await a.handler.set('data-2', dataEntry({ n: 2 }, ['article:2']))
    await a.handler.set('data-3', dataEntry({ n: 3 }, ['article:3']))
    expect(await read(b, 'data-2')).not.toBeNull()

    await b.handler.revalidateTag('article:2')
    expect(await read(a, 'data-2')).toBeNull()
    expect(await read(b, 'data-2')).toBeNull()
    // Only that tag's entries.
    expect(await read(a, 'data-3')).not.toBeNull()
  })

  it("expires a tag for the other builds too (a rolling deploy), under their own prefixes", async () => {
    const lines: string[] = []
    const other = createSharedStore({ url: redis.url, keyPrefix: cacheKeyPrefix('build-c'), timeoutMs: TIMEOUT_MS, log: (line) => lines.push(line) })
    try {
      await eventually(async () => other.isAvailable(), Boolean)
      await other.handler.set('data-7', dataEntry({ n: 7 }, ['article:7']))
      // Registered as it connected: an expiry from build A reaches it without build C expiring anything first.
      await eventually(() => read(other, 'data-7'), (entry) => entry !== null)
      await new Promise((resolve) => setTimeout(resolve, 50))
      await a.handler.revalidateTag('article:7')
      expect(await read(other, 'data-7')).toBeNull()
      expect(lines).toEqual([])
    } finally {
      await other.close()
    }
  })

  it('expires a page by its path tag (revalidatePath) for every instance', async () => {
    await b.handler.revalidateTag('_N_T_/az')
    expect(await read(a, '/route-cache/APP_PAGE/x/$/az')).toBeNull()
  })

  it('answers at once without Redis: reads miss, writes and expiries do not throw, one line per outage', async () => {
    await redis.kill()
    await eventually(async () => a.isAvailable() || b.isAvailable(), (up) => !up)

    for (let i = 0; i < 20; i++) {
      const get = await timed(() => read(a, 'data-3'))
      expect(get.value).toBeNull()
      // A bound against hanging, not a speed figure: far above the deadline.
      expect(get.ms).toBeLessThan(TIMEOUT_MS * 4)
      await expect(b.handler.set(`data-x-${i}`, dataEntry({ i }, ['articles']))).resolves.toBeUndefined()
    }
    await expect(a.handler.revalidateTag('article:3')).resolves.toBeUndefined()

    expect(logA.filter((line) => /unavailable/.test(line))).toHaveLength(1)
    expect(logB.filter((line) => /unavailable/.test(line))).toHaveLength(1)
    expect(logA[0]).toMatch(/^Shared cache: Redis at 127\.0\.0\.1:\d+ is unavailable/)
  })

  it('is shared again once Redis is back, without a restart, and says so once', async () => {
    await redis.start()
    await eventually(async () => a.isAvailable() && b.isAvailable(), Boolean)

    await a.handler.set('data-4', dataEntry({ n: 4 }, ['article:4']))
    expect((await read(b, 'data-4'))?.value).toMatchObject({ kind: 'FETCH' })
    expect(logA.filter((line) => /answers again/.test(line))).toHaveLength(1)
    expect(logB.filter((line) => /answers again/.test(line))).toHaveLength(1)
  })

  it('bounds every operation when Redis hangs, and expires again in Redis what was expired meanwhile', async () => {
    await a.handler.set('data-5', dataEntry({ n: 5 }, ['article:5']))
    expect(await read(b, 'data-5')).not.toBeNull()

    redis.pause()
    try {
      // The edit: its expiry cannot reach Redis now, which still holds the old entry.
      const expire = await timed(() => a.handler.revalidateTag('article:5'))
      expect(expire.ms).toBeLessThan(TIMEOUT_MS * 4)
      const get = await timed(() => read(b, 'data-5'))
      expect(get.value).toBeNull()
      expect(get.ms).toBeLessThan(TIMEOUT_MS * 4)
      expect(logA.filter((line) => /unavailable/.test(line))).toHaveLength(2)
    } finally {
      redis.resume()
    }

    // Once A reaches Redis again it expires the tag there, so B never gets the entry from before the edit.
    await eventually(() => read(a, 'data-4'), (entry) => entry !== null)
    const after = await eventually(() => read(b, 'data-5'), (entry) => entry === null && b.isAvailable())
    expect(after).toBeNull()
    expect(await read(b, 'data-4')).not.toBeNull()
  })
})

describe('a shared cache store whose Redis was never there', () => {
  it('answers at once, logs one line, and starts sharing when Redis appears', async () => {
    const lines: string[] = []
    const { freePort } = await import('../../scripts/portal-process.mjs')
    const port = await freePort()
    const lonely = createSharedStore({ url: `redis://127.0.0.1:${port}`, keyPrefix: PREFIX, timeoutMs: TIMEOUT_MS, log: (line) => lines.push(line) })
    try {
      for (let i = 0; i < 10; i++) {
        const get = await timed(() => read(lonely, 'data-4'))
        expect(get.value).toBeNull()
        expect(get.ms).toBeLessThan(TIMEOUT_MS * 4)
        await lonely.handler.set('data-lonely', dataEntry({ i }, ['articles']))
      }
      await eventually(async () => lines.length, (count) => count > 0)
      expect(lines).toEqual([expect.stringMatching(/^Shared cache: Redis at 127\.0\.0\.1:\d+ is unavailable \(ECONNREFUSED\)/)])

      const late = await startRedis({ port })
      try {
        await eventually(async () => lonely.isAvailable(), Boolean)
        await lonely.handler.set('data-late', dataEntry({ late: true }, ['articles']))
        expect(await read(lonely, 'data-late')).not.toBeNull()
        expect(lines).toHaveLength(2)
      } finally {
        await late.stop()
      }
    } finally {
      await lonely.close()
    }
  })
})

describe("Next's cache handler (cms/sharedCache/handler.ts) on a real Redis", () => {
  it('keeps a page with its lifetime under the build id, and expires all of an expiry\'s tags', async () => {
    // The build directory Next hands the handler: the key prefix comes from its BUILD_ID.
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cache-handler-'))
    fs.mkdirSync(path.join(dist, 'server'))
    fs.writeFileSync(path.join(dist, 'BUILD_ID'), 'build-b')
    process.env.REDIS_URL = redis.url
    const { default: Handler } = await import('@/cms/sharedCache/handler')
    type Context = ConstructorParameters<typeof Handler>[0]
    type Set = Parameters<InstanceType<typeof Handler>['set']>
    type Get = Parameters<InstanceType<typeof Handler>['get']>
    const handler = new Handler({ serverDistDir: path.join(dist, 'server'), dev: false } as Context)
    const page = pageEntry('<h1>Ana səhifə</h1>', ['articles', 'site-settings', '_N_T_/az']).value as Set[1]
    const cacheControl = { revalidate: 60, expire: 31536000 }
    const key = '/route-cache/APP_PAGE/y/$/az'
    const getContext = { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false } as unknown as Get[1]

    const stored = await eventually(
      async () => {
        await handler.set(key, page, { cacheControl, isRoutePPREnabled: false, isFallback: false } as unknown as Set[2])
        return handler.get(key, getContext)
      },
      (entry) => entry !== null,
    )
    expect(stored?.cacheControl).toEqual(cacheControl)
    expect((stored?.value as { html: string }).html).toBe('<h1>Ana səhifə</h1>')
    // Kept a day, not 1.5 × its minute.
    expect(stored?.lifespan?.expireAge).toBe(24 * 60 * 60)

    const inspector = createClient({ url: redis.url })
    await inspector.connect()
    expect(await inspector.exists(`portal:build-b:${key}`)).toBe(1)
    await inspector.close()

    await handler.revalidateTag(['site-settings', 'ui-strings'])
    expect(await handler.get(key, getContext)).toBeNull()
    fs.rmSync(dist, { recursive: true, force: true })
  })
})
