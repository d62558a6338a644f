import { unstable_cache } from 'next/cache'
import type { Endpoint, Payload } from 'payload'

import { INTERNAL_HEADER, isInternalToken } from '@/lib/internalRequest'
import { TAGS } from '@/lib/data/tags'

import { RESOLVE_REDIRECT_ENDPOINT, RESOLVE_REDIRECT_PATH } from './endpointPath'
import { normalizePath, pathShape } from './paths'
import { REDIRECTS_SLUG, resolveRedirect } from './resolve'

/** Longer paths are no page and no redirect's `from`: answered without a lookup. */
const MAX_PATH_LENGTH = 512

/** How long an answer is kept when no change expires it first (the one lifetime of lib/data/cache.ts). */
const LIFETIME_SECONDS = 300

/**
 * Answers depend on redirects and on articles' and events' slugs (categories and tags expire the articles' tag
 * too), so their saves expire them (cms/revalidate.ts through each collection's hooks).
 */
const cachedResolve = (payload: Payload) =>
  unstable_cache((path: string) => resolveRedirect(payload, path), ['redirects:resolve'], {
    tags: [TAGS.redirects, TAGS.articles, TAGS.remembranceEvents],
    revalidate: LIFETIME_SECONDS,
  })

/**
 * Every editor redirect's `from`, in one cached entry: a path of no document's shape (`/old-page`, `/az/x/y/z`) is
 * looked up only when an editor redirects from it. Otherwise every made-up path a bot tries would leave its own
 * entry in Next's data cache, which is kept on disk; a document-shaped path (`/az/news/x`) costs one entry, as its
 * page's own 404 already does.
 */
const cachedSources = (payload: Payload) =>
  unstable_cache(
    async (): Promise<string[]> => {
      const { docs } = await payload.find({ collection: REDIRECTS_SLUG, overrideAccess: true, depth: 0, pagination: false, select: { from: true } })
      return docs.flatMap((doc) => (typeof doc.from === 'string' ? [doc.from] : []))
    },
    ['redirects:sources'],
    { tags: [TAGS.redirects], revalidate: LIFETIME_SECONDS },
  )

/** Whether a path may lead anywhere: an old slug of a document, or an editor redirect's `from`. */
async function mayLeadSomewhere(payload: Payload, path: string): Promise<boolean> {
  return pathShape(path).kind === 'document' || (await cachedSources(payload)()).includes(path)
}

/**
 * POST /api/redirects/resolve with { path }: the server asks it (over loopback, with this process's internal
 * token) before answering a page's 404. To anyone else it is the same 404 as a route that does not exist.
 * Answers { redirect: { path, search, status } } or { redirect: null }.
 */
export const resolveRedirectEndpoint: Endpoint = {
  path: RESOLVE_REDIRECT_ENDPOINT,
  method: 'post',
  handler: async (req) => {
    if (!isInternalToken(req.headers.get(INTERNAL_HEADER))) {
      return Response.json({ message: `Route not found "${RESOLVE_REDIRECT_PATH}"` }, { status: 404 })
    }
    let path: unknown
    try {
      path = ((await req.json?.()) as { path?: unknown } | undefined)?.path
    } catch {
      path = undefined
    }
    if (typeof path !== 'string' || !path.startsWith('/')) return Response.json({ error: 'invalidPath' }, { status: 400 })
    if (path.length > MAX_PATH_LENGTH) return Response.json({ redirect: null })
    const normalized = normalizePath(path)
    if (!(await mayLeadSomewhere(req.payload, normalized))) return Response.json({ redirect: null })
    return Response.json({ redirect: await cachedResolve(req.payload)(normalized) })
  },
}
