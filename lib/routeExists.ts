import type { Locale } from '@/i18n/locales'

import { PAGE_SIZE, REVIEWS_PAGE_SIZE } from './pagination'
import { getPayloadClient } from '@/cms/getPayloadClient'
import { SLUG_ROUTES } from './publicRoutes'

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

/**
 * Recent "yes" answers, so that a page served from the cache costs no query: a popular article is
 * checked once a second at most. "No" is never remembered, so a document published a moment ago is
 * found at once; one unpublished a moment ago may still reach its page, which then answers 404 itself.
 */
const CONFIRMED_FOR_MS = 1000
const MAX_CONFIRMED = 10_000
const confirmed = new Map<string, number>()

/**
 * After a failed lookup the database is left alone this long, every route counting as existing: pages
 * are then served from the cache (or answered 503 by scripts/unavailable.mjs) without each request first
 * waiting out SQLite's busy timeout or MongoDB's server selection.
 */
const RETRY_DATABASE_AFTER_MS = 5000
let databaseFailedAt = -Infinity

/**
 * Whether the published document a slug route names exists for readers, with that page of its list,
 * as the public sees it (overrideAccess: false). `target` is what lib/publicRoutes.ts resolved:
 * [route, slug] or [route, slug, page]; static routes always exist. In-page 404s are drawn only by
 * client-side JavaScript in Next 16 (vercel/next.js#62228), so the proxy answers these itself with
 * the server-rendered 404 page.
 */
export async function publishedRouteExists(locale: Locale, target: string[]): Promise<boolean> {
  const [route, slug, pageSegment] = target
  if (target.length < 2 || !Object.hasOwn(SLUG_ROUTES, route)) return true
  const key = `${locale}/${target.join('/')}`
  const now = Date.now()
  if ((confirmed.get(key) ?? 0) > now || now - databaseFailedAt < RETRY_DATABASE_AFTER_MS) return true
  let exists: boolean
  try {
    exists = await lookUp(locale, route as SlugRoute, slug, pageSegment ? Number(pageSegment) : 1)
  } catch (error) {
    databaseFailedAt = Date.now()
    throw error
  }
  if (exists) {
    if (confirmed.size >= MAX_CONFIRMED) confirmed.clear()
    confirmed.set(key, now + CONFIRMED_FOR_MS)
  }
  return exists
}

async function lookUp(locale: Locale, route: SlugRoute, slug: string, page: number): Promise<boolean> {
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
  const pager = PAGED[route]
  if (page === 1 || !pager) return page === 1
  return page <= Math.ceil((await pager.count(payload, locale, doc.id)) / pager.pageSize)
}
