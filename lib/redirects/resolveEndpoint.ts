import { unstable_cache } from 'next/cache'
import type { Endpoint, Payload } from 'payload'

import { INTERNAL_HEADER, isInternalToken } from '@/lib/internalRequest'
import { TAGS } from '@/lib/data/tags'

import { RESOLVE_REDIRECT_ENDPOINT, RESOLVE_REDIRECT_PATH } from './endpointPath'
import { normalizePath } from './paths'
import { resolveRedirect } from './resolve'

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
    return Response.json({ redirect: await cachedResolve(req.payload)(normalizePath(path)) })
  },
}
