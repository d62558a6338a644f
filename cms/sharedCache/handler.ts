// Next's `cacheHandler` (next.config.ts) when REDIS_URL is set: compiled by scripts/lib.mjs into
// .next/portal-cache-handler.mjs, which Next imports at run time (and `next dev`), never during `next build`.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'

import { cacheKeyPrefix, expireAge } from './keys'
import { createSharedStore } from './store'

CacheHandler.onCreation(({ buildId, dev }) => {
  const url = process.env.REDIS_URL?.trim()
  if (!url) throw new Error('The shared cache handler needs REDIS_URL.')
  // One store (one Redis connection) per process, however many times Next creates the handler.
  const slot = globalThis as { [STORE]?: ReturnType<typeof createSharedStore> }
  slot[STORE] ??= createSharedStore({ url, keyPrefix: cacheKeyPrefix(buildId, dev) })
  return { handlers: [slot[STORE].handler], ttl: { estimateExpireAge: expireAge } }
})

const STORE = Symbol.for('portal.sharedCacheStore')

export default CacheHandler
