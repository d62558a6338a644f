import type { Locale } from '@/i18n/locales'

import { PAGE_SIZE, parsePage } from './pagination'
import { getPayloadClient } from './payload'
import { isPlausibleSlug } from './slugify'

/**
 * The public pages under /{locale}, as the proxy knows them. Next.js renders a 404 raised inside a
 * page only with client-side JavaScript (vercel/next.js#62228), so the proxy answers unknown paths,
 * slugs and page numbers itself with the server-rendered 404 page. tests/unit/routes.test.ts keeps
 * this list equal to the folders in app/(frontend)/[locale].
 */
export const STATIC_ROUTES = ['', 'remembrance', 'search', 'preview', 'preview/exit'] as const

/**
 * Feeds, the sitemap and generated images under /{locale}, served by route handlers. The proxy's
 * matcher skips every path with a dot, so each of these answers an unknown language or slug with
 * a 404 itself (lib/notFoundResponse.ts).
 */
export const FILE_ROUTES = [
  'rss.xml',
  'sitemap.xml',
  'og.png',
  'logo.png',
  'news/[slug]/og.png',
  'category/[slug]/rss.xml',
  'remembrance/rss.xml',
  'remembrance/[slug]/rss.xml',
  'remembrance/[slug]/og.png',
] as const

/** Routes whose last segment is a slug, with the collection it names. */
export const SLUG_ROUTES = {
  news: 'articles',
  remembrance: 'remembrance-events',
  category: 'categories',
  tag: 'tags',
} as const

type SlugRoute = keyof typeof SLUG_ROUTES

/** Listing routes that take ?page=N, with the relationship field that files an article there. */
const PAGED_FIELDS: Partial<Record<SlugRoute, 'categories' | 'tags'>> = { category: 'categories', tag: 'tags' }

function isSlugRoute(segment: string): segment is SlugRoute {
  return Object.hasOwn(SLUG_ROUTES, segment)
}

/**
 * Whether /{locale}/{rest} is a page a reader can get. Only slug routes touch the database (one
 * count, as the public, overrideAccess: false); everything else is decided from the path alone.
 */
export async function publicRouteExists(locale: Locale, rest: string[], pageParam: string | null): Promise<boolean> {
  const path = rest.join('/')
  if ((STATIC_ROUTES as readonly string[]).includes(path)) return path !== 'search' || parsePage(pageParam ?? undefined) !== null
  const [route, slug, ...extra] = rest
  if (rest.length !== 2 || extra.length > 0 || !isSlugRoute(route) || !isPlausibleSlug(slug)) {
    return false
  }
  const field = PAGED_FIELDS[route]
  const page = parsePage(pageParam ?? undefined)
  if (page === null || (page > 1 && !field)) return false

  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: SLUG_ROUTES[route],
    locale,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    select: {},
  })
  const doc = docs[0]
  if (!doc) return false
  if (!field || page === 1) return true
  const { totalDocs } = await payload.count({
    collection: 'articles',
    locale,
    overrideAccess: false,
    where: { and: [{ [field]: { equals: doc.id } }, { slug: { exists: true } }] },
  })
  return page <= Math.ceil(totalDocs / PAGE_SIZE)
}
