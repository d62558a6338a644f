import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { isLocale, type Locale } from './i18n/locales'
import { routing } from './i18n/routing'
import { localeFromAcceptLanguage } from './lib/preferredLocale'
import { newNonce, publicContentSecurityPolicy } from './lib/securityHeaders'
import { publicRoutePath } from './lib/publicRoutes'
import { publishedRouteExists } from './lib/routeExists'

const handleI18nRouting = createMiddleware(routing)

/**
 * The localized 404 page, served with status 404 by a rewrite. (A 404 raised by notFound() inside a
 * dynamic page is drawn only by client-side JavaScript in Next 16: vercel/next.js#62228.)
 */
const NOT_FOUND_PATH = 'page-not-found'

function notFoundIn(locale: Locale, request: NextRequest) {
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}/${NOT_FOUND_PATH}`
  url.search = ''
  return NextResponse.rewrite(url, { status: 404, request: { headers: request.headers } })
}

/**
 * `?page=N` (N ≥ 2) of a listing or of an article's reviews, rendered at the route's page segment: a
 * page that read the query string could not be cached. Other query parameters (Next's own) are kept.
 */
function pageOf(locale: Locale, segments: string[], request: NextRequest) {
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}/${segments.join('/')}`
  url.searchParams.delete('page')
  return NextResponse.rewrite(url, { request: { headers: request.headers } })
}

/** The language a reader asked for before: next-intl's cookie, then Accept-Language, then az. */
function readerLocale(request: NextRequest) {
  const cookieLocale = request.cookies.get('NEXT_LOCALE')?.value
  return isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage(request.headers.get('accept-language'))
}

export default async function proxy(request: NextRequest) {
  // A fresh nonce per page: Next.js reads it from the request's policy and puts it on its inline scripts,
  // and the browser runs no other inline script.
  const policy = publicContentSecurityPolicy(newNonce())
  request.headers.set('content-security-policy', policy)
  const response = await route(request)
  response.headers.set('content-security-policy', policy)
  return response
}

async function route(request: NextRequest) {
  const [, firstSegment, ...rest] = request.nextUrl.pathname.split('/')

  // Every public page lives under /az, /en or /ru. Anything else (/de, /xx/anything, /news/x) is not a
  // page of ours, nor is a path, slug or page number under a locale that leads nowhere: answer 404 in
  // the reader's language at the same URL, rendered on the server, rather than redirect to a 404.
  if (firstSegment && !isLocale(firstSegment)) return notFoundIn(readerLocale(request), request)
  if (isLocale(firstSegment)) {
    const segments = rest.filter((segment, index) => segment || index < rest.length - 1)
    const target = publicRoutePath(segments, request.nextUrl.searchParams.get('page'))
    if (!target) return notFoundIn(firstSegment, request)
    // Staff previewing a draft (draft mode on) reach the page, which checks their login itself. If the
    // database cannot answer, the page will say so (or be served from the cache), not a false 404.
    const previewing = request.cookies.has('__prerender_bypass')
    if (!previewing && !(await publishedRouteExists(firstSegment, target).catch(() => true))) return notFoundIn(firstSegment, request)
    if (target.length > segments.length) return pageOf(firstSegment, target, request)
  }

  // "/" goes to the reader's language (Accept-Language, then az); /az/... etc. pass through.
  return handleI18nRouting(request)
}

export const config = {
  // Leave Payload's admin and REST/GraphQL API, Next internals and files (anything with a dot) alone.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|_next/|_vercel/|.*\\..*).*)'],
}
