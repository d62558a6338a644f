// Next's `cacheHandler` (next.config.ts) when REDIS_URL is set: compiled by scripts/lib.mjs into
// .next/portal-cache-handler.mjs, which Next imports at run time (and `next dev`), never during `next build`.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import type { CacheHandlerValue } from '@fortedigital/nextjs-cache-handler/cache-handler.types'

import { cacheKeyPrefix, expireAge } from './keys'
import { createSharedStore } from './store'

const STORE = Symbol.for('portal.sharedCacheStore')
/** Where an entry keeps the lifetime its page was rendered with (see PortalCacheHandler). */
const CACHE_CONTROL = 'portalCacheControl'

CacheHandler.onCreation(({ buildId, dev }) => {
  const url = process.env.REDIS_URL?.trim()
  if (!url) throw new Error('The shared cache handler needs REDIS_URL.')
  // One store (one Redis connection) per process, however many times Next creates the handler.
  const slot = globalThis as { [STORE]?: ReturnType<typeof createSharedStore> }
  slot[STORE] ??= createSharedStore({ url, keyPrefix: cacheKeyPrefix(buildId, dev) })
  return { handlers: [slot[STORE].handler], ttl: { estimateExpireAge: expireAge } }
})

type Get = Parameters<CacheHandler['get']>
type Revalidate = Parameters<CacheHandler['revalidateTag']>
type Set = Parameters<CacheHandler['set']>
type CacheControl = NonNullable<CacheHandlerValue['cacheControl']>

/**
 * The library's handler, with the tags of one expiry sent together, plus the page's lifetime stored with the page. Next 16.4 takes a page's lifetime from
 * the entry (`cacheControl`), else from what this process rendered itself or the build prerendered; a page
 * another instance rendered has neither, and Next then counts it stale after one second and renders it again
 * behind the reader, once per page and instance. The library stores no `cacheControl`, so it goes in the value.
 */
class PortalCacheHandler extends CacheHandler {
  /** All tags at once (the library expires one after the other), so that each expiry reaches Redis without delay. */
  async revalidateTag(...[tags]: Revalidate) {
    await Promise.all((typeof tags === 'string' ? [tags] : tags).map((tag) => super.revalidateTag(tag)))
  }

  async get(...[key, ctx]: Get) {
    const entry = await super.get(key, ctx)
    const control = (entry?.value as { [CACHE_CONTROL]?: CacheControl } | null | undefined)?.[CACHE_CONTROL]
    return entry && control ? { ...entry, cacheControl: control } : entry
  }

  async set(...[key, value, ctx]: Set) {
    const control = (ctx as { cacheControl?: CacheControl } | undefined)?.cacheControl
    const withControl = value && control && value.kind !== 'FETCH' ? ({ ...value, [CACHE_CONTROL]: control } as unknown as typeof value) : value
    await super.set(key, withControl, ctx)
  }
}

export default PortalCacheHandler
