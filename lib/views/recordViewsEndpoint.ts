import type { Endpoint } from 'payload'

import { revalidateTags } from '@/cms/revalidate'
import { isLocale } from '@/i18n/locales'
import { INTERNAL_HEADER, isInternalToken } from '@/lib/internalRequest'
import { TAGS } from '@/lib/data/tags'
import { isPlausibleSlug } from '@/lib/slugify'

import { RECORD_VIEWS_ENDPOINT, RECORD_VIEWS_PATH } from './buckets'
import { recordViews } from './recordViews'
import { MAX_PENDING_ARTICLES, type ViewCount } from './viewCounts'

/**
 * POST /api/article-views/record: the server's own hand-over of readers' view counts (server/viewFlush.ts),
 * sent over loopback with this process's internal token. To anyone else (no token, a guessed one) it is the
 * same 404 as a route that does not exist. Body: { views: [{ locale, slug, count }] }. Records them
 * (lib/views/recordViews.ts) and expires "Most read".
 */
export const recordViewsEndpoint: Endpoint = {
  path: RECORD_VIEWS_ENDPOINT,
  method: 'post',
  handler: async (req) => {
    if (!isInternalToken(req.headers.get(INTERNAL_HEADER))) {
      return Response.json({ message: `Route not found "${RECORD_VIEWS_PATH}"` }, { status: 404 })
    }
    let views: ViewCount[] | null
    try {
      views = viewCountsOf(await req.json?.())
    } catch {
      views = null
    }
    if (!views) return Response.json({ error: 'invalidViews' }, { status: 400 })
    const recorded = await recordViews(req.payload, views)
    if (recorded > 0) revalidateTags([TAGS.mostRead], req.context, req.payload)
    return Response.json({ recorded })
  },
}

function viewCountsOf(body: unknown): ViewCount[] | null {
  const views = (body as { views?: unknown } | null)?.views
  if (!Array.isArray(views) || views.length > MAX_PENDING_ARTICLES) return null
  const valid = views.every((view: unknown) => {
    const { locale, slug, count } = (view ?? {}) as Record<string, unknown>
    return isLocale(locale) && typeof slug === 'string' && isPlausibleSlug(slug) && Number.isSafeInteger(count) && (count as number) > 0
  })
  return valid ? (views as ViewCount[]) : null
}
