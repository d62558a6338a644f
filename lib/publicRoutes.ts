import { parsePage } from './pagination'
import { isPlausibleSlug } from './slugify'

/**
 * The public pages under /{locale}, as the server's routing knows them (server/routing.ts): it answers a path
 * of any other shape with the server-rendered 404 page, without asking the database.
 * tests/unit/routes.test.ts keeps these lists equal to the folders in app/(frontend)/[locale].
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

/**
 * Slug routes that take `?page=N`: sections and tags page their articles, articles their approved
 * reviews. Their folder ends in an optional `[[...page]]` segment that only the proxy's rewrite fills.
 */
export const PAGED_ROUTES: readonly SlugRoute[] = ['news', 'category', 'tag']

type SlugRoute = keyof typeof SLUG_ROUTES

function isSlugRoute(segment: string): segment is SlugRoute {
  return Object.hasOwn(SLUG_ROUTES, segment)
}

/**
 * Where /{locale}/{rest}?page={pageParam} is rendered, as segments under /{locale}: the same path,
 * or for page N ≥ 2 of a paged route the path with N appended (so that each page is cached on its
 * own). Null when no page of ours has that shape.
 */
export function publicRoutePath(rest: string[], pageParam: string | null): string[] | null {
  const path = rest.join('/')
  if ((STATIC_ROUTES as readonly string[]).includes(path)) return path !== 'search' || parsePage(pageParam ?? undefined) !== null ? rest : null
  const [route, slug, ...extra] = rest
  if (rest.length !== 2 || extra.length > 0 || !isSlugRoute(route) || !isPlausibleSlug(slug)) return null
  const page = parsePage(pageParam ?? undefined)
  if (page === null) return null
  if (page === 1) return rest
  return PAGED_ROUTES.includes(route) ? [route, slug, String(page)] : null
}

/**
 * Whether a request path is a public page (or a path that should have been one): everything except Payload's
 * admin and API, Next's own files and any path with a dot (feeds, images, robots.txt), which answer for
 * themselves. The server's routing and page steps (server/pipeline.ts) apply to exactly these.
 */
export function isPagePath(pathname: string): boolean {
  return !/^\/(?:api(?:\/|$)|admin(?:\/|$)|_next\/|_vercel\/)/.test(pathname) && !pathname.includes('.')
}
