import { isLocale, type Locale } from '@/i18n/locales'
import { DOCUMENT_ROUTE, type RoutedCollection } from '@/i18n/routes'
import { DAY_ROUTES, isPagePath, publicRoutePath, SLUG_ROUTES, STATIC_ROUTES, TODAY_ROUTES } from '@/lib/publicRoutes'

/**
 * The pure rules of redirects (no database): what a redirect's `from` and `to` may be, and the shape of the
 * paths they name. Not server-only: the redirects collection's hooks use them, and tests/unit/redirectPaths.test.ts.
 */

/** Why a path is refused; each reason is a `custom:redirects.*` message in the admin (i18n/admin). */
export type PathRefusal = 'notAPath' | 'leavesSite' | 'notAPage' | 'hasQuery'

/** One path segment as the request carries it: percent-encoded exactly once, whatever the editor typed. */
function encodeSegment(segment: string): string {
  let decoded = segment
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    // A stray "%" is kept literally.
  }
  return encodeURIComponent(decoded)
}

/** "/en/news/x/" and "/en/news/%78" as the one form the server compares: no trailing slash, each segment encoded once. */
export function normalizePath(path: string): string {
  const segments = path
    .split('/')
    .slice(1)
    .filter((segment, index, all) => segment || index < all.length - 1)
  return `/${segments.map(encodeSegment).join('/')}`
}

/**
 * A redirect's `from`: a page path of this site (under neither /admin, /api nor /_next, no dot, no "..", no
 * query), in its normal form; or the reason it cannot be one.
 */
export function checkFrom(input: string): { path: string } | { refusal: PathRefusal } {
  const value = input.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//') || value.startsWith('\\')) return { refusal: 'leavesSite' }
  if (!value.startsWith('/') || /[\s\\]/.test(value)) return { refusal: 'notAPath' }
  if (/[?#]/.test(value)) return { refusal: 'hasQuery' }
  const path = normalizePath(value)
  if (path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '%2E%2E')) return { refusal: 'notAPath' }
  if (!isPagePath(path) || path === '/') return { refusal: 'notAPage' }
  return { path }
}

/**
 * A redirect's custom `to`: a path of this site with an optional query, stored as a path. A full URL is
 * accepted only on the site's own origin; any other host or scheme (`javascript:`, `//evil.example`) leaves the site.
 */
export function checkTo(input: string, siteOrigin: string): { path: string; search: string } | { refusal: PathRefusal } {
  let value = input.trim()
  if (value.startsWith('//') || value.startsWith('\\') || /[\s\\]/.test(value)) return { refusal: 'leavesSite' }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      return { refusal: 'leavesSite' }
    }
    if (url.origin !== new URL(siteOrigin).origin) return { refusal: 'leavesSite' }
    value = `${url.pathname}${url.search}`
  }
  if (!value.startsWith('/')) return { refusal: 'notAPath' }
  const [pathPart, ...query] = value.split('#', 1)[0].split('?')
  const search = query.length ? `?${query.join('?')}` : ''
  const checked = checkFrom(pathPart)
  return 'refusal' in checked
    ? checked.refusal === 'hasQuery'
      ? { refusal: 'notAPath' }
      : checked
    : { path: checked.path, search: search === '?' ? '' : search }
}

/** What a normal page path names, by the route table alone. */
export type PathShape =
  | { kind: 'static'; locale: Locale }
  | { kind: 'document'; locale: Locale; collection: RoutedCollection; slug: string }
  | { kind: 'other'; locale: Locale | null }

export function pathShape(path: string): PathShape {
  const [, first, ...rest] = path.split('/')
  if (!isLocale(first)) return { kind: 'other', locale: null }
  const segments = rest.filter(Boolean)
  if (STATIC_ROUTES.includes(segments.join('/')) || TODAY_ROUTES.includes(segments.join('/'))) return { kind: 'static', locale: first }
  // A day page (on-this-day/02-26) is no document; a malformed day is no page at all.
  if (DAY_ROUTES.includes(segments[0])) return publicRoutePath(segments, null) ? { kind: 'static', locale: first } : { kind: 'other', locale: first }
  if (!publicRoutePath(segments, null) || segments.length !== 2) return { kind: 'other', locale: first }
  const [route, slug] = segments
  const collection = (SLUG_ROUTES as Record<string, RoutedCollection>)[route]
  return { kind: 'document', locale: first, collection, slug }
}

/** The path of a document in a language: its route from the table with its slug there. */
export function documentPath(locale: Locale, collection: RoutedCollection, slug: string): string {
  return `/${locale}${DOCUMENT_ROUTE[collection].replace('[slug]', encodeURIComponent(slug))}`
}
