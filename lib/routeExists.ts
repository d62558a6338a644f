import type { Locale } from '@/i18n/locales'

import { PAGE_SIZE, parsePage, REVIEWS_PAGE_SIZE } from './pagination'
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

type Payload = Awaited<ReturnType<typeof getPayloadClient>>

/** How a route pages through what it lists: its page size and how many items the document has. */
type Pager = { pageSize: number; count: (payload: Payload, locale: Locale, id: number | string) => Promise<number> }

function articlesFiledUnder(field: 'categories' | 'tags'): Pager {
  return {
    pageSize: PAGE_SIZE,
    count: async (payload, locale, id) =>
      (await payload.count({
        collection: 'articles',
        locale,
        overrideAccess: false,
        where: { and: [{ [field]: { equals: id } }, { slug: { exists: true } }] },
      })).totalDocs,
  }
}

/** Routes that take ?page=N: sections and tags page their articles, articles their approved reviews. */
const PAGED: Partial<Record<SlugRoute, Pager>> = {
  category: articlesFiledUnder('categories'),
  tag: articlesFiledUnder('tags'),
  news: {
    pageSize: REVIEWS_PAGE_SIZE,
    // As the public: only approved reviews can be counted.
    count: async (payload, locale, id) =>
      (await payload.count({
        collection: 'reviews',
        overrideAccess: false,
        where: { and: [{ article: { equals: id } }, { locale: { equals: locale } }] },
      })).totalDocs,
  },
}

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
  const pager = PAGED[route]
  const page = parsePage(pageParam ?? undefined)
  if (page === null || (page > 1 && !pager)) return false

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
  if (!pager || page === 1) return true
  return page <= Math.ceil((await pager.count(payload, locale, doc.id)) / pager.pageSize)
}
