import { ROUTES, type DocumentRoute, type RoutePath } from '@/i18n/routes'

import { parsePage } from './pagination'
import { monthDayIn, parseMonthDay } from './remembrance/onThisDay'
import { isPlausibleSlug } from './slugify'
import { NEWSROOM_TIME_ZONE } from './timeZone'

/**
 * The server's view of the route table (i18n/routes.ts), used by its routing (server/routing.ts): it answers
 * a path of any other shape with the server-rendered 404 page, without asking the database.
 * tests/unit/routes.test.ts keeps these lists equal to the folders in app/(frontend)/[locale].
 */
const paths = Object.keys(ROUTES) as RoutePath[]

/** A path of the table as segments under /{locale}, without the leading slash ('' for home). */
const underLocale = (path: RoutePath) => path.slice(1)

/** Pages without a slug. */
export const STATIC_ROUTES: readonly string[] = paths.filter((path) => ROUTES[path].kind === 'page').map(underLocale)

/** Pages without a slug that take `?page=N`: their folder ends in `[[...page]]`, filled as for slug routes. */
export const PAGED_STATIC_ROUTES: readonly string[] = paths
  .filter((path) => {
    const route: { kind: string; paged?: boolean } = ROUTES[path]
    return route.kind === 'page' && route.paged === true
  })
  .map(underLocale)

/**
 * Feeds, the sitemap and generated images. Routing leaves every path with a dot to its handler (isPagePath), so
 * each of these answers an unknown language or slug with a 404 itself (lib/notFoundResponse.ts).
 */
export const FILE_ROUTES: readonly string[] = paths.filter((path) => ROUTES[path].kind === 'file').map(underLocale)

/** Routes whose last segment is a day of the year (MM-DD), by their first segment: on-this-day/[day]. */
export const DAY_ROUTES: readonly string[] = paths.filter((path) => ROUTES[path].kind === 'day').map((path) => path.split('/')[1])

/** Today's page of a day route (on-this-day): rendered as `{path}/{today's MM-DD}`, so it is cached per day and never stale. */
export const TODAY_ROUTES: readonly string[] = paths.filter((path) => ROUTES[path].kind === 'today').map(underLocale)

type SlugSegment<P> = P extends `/${infer Segment}/[slug]` ? Segment : never

/** Routes whose last segment is a slug, by their first segment, with the collection it names. */
export const SLUG_ROUTES = Object.fromEntries(
  paths.flatMap((path) => {
    const route = ROUTES[path]
    return route.kind === 'document' ? [[path.split('/')[1], route.collection]] : []
  }),
) as { readonly [P in DocumentRoute as SlugSegment<P>]: (typeof ROUTES)[P]['collection'] }

type SlugRoute = keyof typeof SLUG_ROUTES

/**
 * Slug routes that take `?page=N`. Their folder ends in an optional `[[...page]]` segment that only the
 * server's rewrite of `?page=N` fills (server/routing.ts).
 */
export const PAGED_ROUTES: readonly SlugRoute[] = paths.flatMap((path) => {
  const route = ROUTES[path]
  return route.kind === 'document' && route.paged ? [path.split('/')[1] as SlugRoute] : []
})

function isSlugRoute(segment: string): segment is SlugRoute {
  return Object.hasOwn(SLUG_ROUTES, segment)
}

/**
 * Where /{locale}/{rest}?page={pageParam} is rendered, as segments under /{locale}: the same path,
 * or for page N ≥ 2 of a paged route the path with N appended (so that each page is cached on its
 * own), or for today's page its day's page (`now` in the newsroom's zone). Null when no page of ours has that shape.
 */
export function publicRoutePath(rest: string[], pageParam: string | null, now: Date = new Date()): string[] | null {
  const path = rest.join('/')
  const unpaged = parsePage(pageParam ?? undefined) === 1
  if (TODAY_ROUTES.includes(path)) return unpaged ? [...rest, monthDayIn(now, NEWSROOM_TIME_ZONE)] : null
  if (rest.length === 2 && DAY_ROUTES.includes(rest[0])) return unpaged && parseMonthDay(rest[1]) ? rest : null
  if (PAGED_STATIC_ROUTES.includes(path)) {
    const page = parsePage(pageParam ?? undefined)
    return page === null ? null : page === 1 ? rest : [...rest, String(page)]
  }
  if (STATIC_ROUTES.includes(path)) return path !== 'search' || parsePage(pageParam ?? undefined) !== null ? rest : null
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
