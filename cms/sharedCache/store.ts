import type { CacheHandlerValue, Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { AbortError, AbortReadError, createClient, TimeoutError, TimeoutReadError } from 'redis'

/**
 * Next's data and page caches kept in Redis, shared by every portal instance (README "Scaling out"), as a handler
 * of @fortedigital/nextjs-cache-handler: its `redis-strings` store, behind a guard that keeps Redis failures
 * away from readers. While Redis is away every read is a miss (the page is rendered), writes are dropped, and
 * the tags expired meanwhile are kept and expired again in Redis once it is back, so an edit made during the
 * outage is not hidden by an older copy Redis still holds. One line is logged when Redis goes away, one when it
 * is back; the client reconnects by itself.
 */
export type SharedStoreOptions = {
  url: string
  /** Every key starts with it: the build's id, so a new deploy never serves the previous build's pages. */
  keyPrefix: string
  /** The sorted set of the builds using this Redis (prefix → last seen), so that an expiry reaches them all. */
  buildsKey?: string
  /** Upper bound of one cache operation (read, write or tag expiry), in milliseconds. */
  timeoutMs?: number
  log?: (line: string) => void
}

export type SharedStore = {
  handler: Handler
  /** Whether the store uses Redis now (connected, and not pausing after a timeout). */
  isAvailable: () => boolean
  close: () => Promise<void>
}

const DEFAULT_TIMEOUT_MS = 1_000
/** Tags remembered for Redis while it is away; an outage with more edits than this keeps the newest. */
const MAX_PENDING_TAGS = 10_000
const PAUSE_AFTER_TIMEOUT_MS = 2_000
const BOOKKEEPING_REFRESH_MS = 60 * 60 * 1000
/** Longer than any entry lives (keys.ts: a day), so no entry outlives its tags. */
const BOOKKEEPING_TTL_SECONDS = 3 * 24 * 60 * 60

class CacheTimeout extends Error {}

/**
 * Records a tag's expiry time (ms) for every build seen in the last few days, not only this one: during a rolling
 * deploy an edit taken by an old-build instance must also expire the new build's copies (their keys have another
 * prefix). Registers this build as it goes. KEYS[1] the builds' set; ARGV: tag, now (ms), oldest build still
 * counted (ms), this build's prefix, hash lifetime (s). One script, so one round trip. (Not for Redis Cluster: the
 * hashes it writes are named inside it.)
 */
const EXPIRE_TAG_EVERYWHERE = `
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
local builds = redis.call('ZRANGE', KEYS[1], 0, -1)
for _, prefix in ipairs(builds) do
  local hash = prefix .. '__revalidated_tags__'
  redis.call('HSET', hash, ARGV[1], ARGV[2])
  redis.call('EXPIRE', hash, ARGV[5])
end
return #builds`

/** The Redis address for the log: host and port, never the password a URL may carry. */
export function redisAddress(url: string): string {
  try {
    const { hostname, port } = new URL(url)
    return `${hostname}:${port || 6379}`
  } catch {
    return 'the configured address'
  }
}

/** Redis (or the connection to it) did not answer in time: the client's own command timeouts, or the deadline. */
const isTimeout = (error: unknown) =>
  [CacheTimeout, TimeoutError, TimeoutReadError, AbortError, AbortReadError].some((type) => error instanceof type)

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CacheTimeout(`no answer from Redis within ${ms} ms`)), ms)
  })
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}

export function createSharedStore({ url, keyPrefix, buildsKey = 'portal:builds', timeoutMs = DEFAULT_TIMEOUT_MS, log = console.error }: SharedStoreOptions): SharedStore {
  const address = redisAddress(url)
  const client = createClient({
    url,
    // A command never waits in a queue for a Redis that is away (the guard below answers at once instead),
    // and one that was sent and gets no answer (a hung server, a dropped network) is given up after timeoutMs:
    // node-redis 6 applies a command's timeout or abort signal after sending only with rejectInFlight, so the
    // library's own abort signals alone would not bound it.
    disableOfflineQueue: true,
    commandOptions: { timeout: timeoutMs, rejectInFlight: true },
    socket: {
      connectTimeout: timeoutMs,
      // Retry for as long as the process lives, at most every two seconds.
      reconnectStrategy: (retries: number) => Math.min(100 * (retries + 1), 2_000),
    },
  })
  // The library's bookkeeping (its names): tag expiry times, each entry's tags, each entry's expiry.
  const bookkeeping = [`${keyPrefix}__revalidated_tags__`, `${keyPrefix}__sharedTags__`, `${keyPrefix}__sharedTagsTtl__`]
  const store = createRedisHandler({ client: client as Parameters<typeof createRedisHandler>[0]['client'], keyPrefix, timeoutMs })

  let away = false
  let closed = false
  // After an operation timed out (Redis hung rather than gone), Redis is left alone for a moment, so that
  // readers are not each held up by the deadline.
  let skipUntil = 0
  const pendingTags = new Set<string>()

  const markAway = (reason: string) => {
    if (away || closed) return
    away = true
    log(`Shared cache: Redis at ${address} is unavailable (${reason}); pages are rendered without the shared cache meanwhile.`)
  }
  const markBack = () => {
    if (away) log(`Shared cache: Redis at ${address} answers again.`)
    away = false
    if (pendingTags.size > 0) replayPendingTags()
    keepBookkeeping()
  }

  // The library's hashes have no expiry of their own: refreshed while this build runs, they go a while after
  // its last instance has stopped, like its entries.
  let bookkeepingRefreshed = 0
  function keepBookkeeping() {
    if (Date.now() - bookkeepingRefreshed < BOOKKEEPING_REFRESH_MS || !client.isReady) return
    bookkeepingRefreshed = Date.now()
    for (const key of bookkeeping) client.expire(key, BOOKKEEPING_TTL_SECONDS).catch(() => undefined)
    // Known to the other builds' expiries from the start, not only from this build's first expiry.
    client.zAdd(buildsKey, { score: Date.now(), value: keyPrefix }).catch(() => undefined)
  }

  client.on('error', (error: Error & { code?: string }) => markAway(error.code ?? error.message))
  client.on('ready', markBack)
  client.connect().catch((error: Error & { code?: string }) => markAway(error.code ?? error.message))

  const usable = () => client.isReady && Date.now() >= skipUntil

  function replayPendingTags() {
    // Each is remembered again until Redis has taken it.
    const tags = [...pendingTags]
    pendingTags.clear()
    for (const tag of tags) void handler.revalidateTag(tag)
  }

  function remember(tag: string) {
    pendingTags.delete(tag)
    pendingTags.add(tag)
    if (pendingTags.size > MAX_PENDING_TAGS) pendingTags.delete(pendingTags.values().next().value as string)
  }

  /** Runs one operation against Redis within the deadline; on any failure, the fallback. */
  async function guarded<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    if (!usable()) return fallback
    try {
      const result = await withDeadline(operation(), timeoutMs)
      if (away) markBack()
      else keepBookkeeping()
      return result
    } catch (error) {
      if (isTimeout(error)) {
        skipUntil = Date.now() + PAUSE_AFTER_TIMEOUT_MS
        markAway(`no answer within ${timeoutMs} ms`)
      }
      return fallback
    }
  }

  const handler: Handler = {
    name: 'portal-redis',
    get: (key, meta) => guarded<CacheHandlerValue | null | undefined>(() => store.get(key, meta), null),
    set: (key, value, ctx) => guarded(() => store.set(key, value, ctx), undefined),
    async revalidateTag(tag) {
      // Remembered first: dropped again only once Redis has taken it.
      remember(tag)
      // The expiry time goes out at once, before the library's scan for the tag's keys: Next sends the response
      // of the request that expired it (a publish) without waiting for the cache, so another instance's next
      // request must find the expiry already in Redis. The library records times only for path tags; its reads
      // compare every tag of an entry with these hashes (this build's and, for a rolling deploy, the others').
      const now = Date.now()
      const marked = usable()
        ? client.eval(EXPIRE_TAG_EVERYWHERE, {
            keys: [buildsKey],
            arguments: [tag, String(now), String(now - BOOKKEEPING_TTL_SECONDS * 1000), keyPrefix, String(BOOKKEEPING_TTL_SECONDS)],
          })
        : undefined
      const taken = await guarded(async () => {
        await marked
        await store.revalidateTag(tag)
        return true
      }, false)
      if (taken) pendingTags.delete(tag)
    },
    delete: (key) => guarded(async () => store.delete?.(key), undefined),
  }

  return {
    handler,
    isAvailable: () => usable(),
    async close() {
      closed = true
      if (client.isOpen) await client.close().catch(() => undefined)
      else client.destroy()
    },
  }
}
