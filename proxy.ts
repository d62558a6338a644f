import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from './i18n/locales'
import { routing } from './i18n/routing'
import { localeFromAcceptLanguage } from './lib/preferredLocale'

const handleI18nRouting = createMiddleware(routing)

/**
 * The localized 404 page, served with status 404 by a rewrite. (A 404 raised by notFound() inside a
 * dynamic page is drawn only by client-side JavaScript in Next 16: vercel/next.js#62228.)
 */
const NOT_FOUND_PATH = 'page-not-found'

/** The language a reader asked for before: next-intl's cookie, then Accept-Language, then az. */
function readerLocale(request: NextRequest) {
  const cookieLocale = request.cookies.get('NEXT_LOCALE')?.value
  return isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage(request.headers.get('accept-language'))
}

export default function proxy(request: NextRequest) {
  const [, firstSegment, secondSegment] = request.nextUrl.pathname.split('/')

  // Every public page lives under /az, /en or /ru. Anything else (/de, /xx/anything, /news/x) is not a
  // page of ours: answer 404 in the reader's language at the same URL rather than redirect to a 404.
  // The 404 page's own address answers 404 too.
  if ((firstSegment && !isLocale(firstSegment)) || secondSegment === NOT_FOUND_PATH) {
    const locale = isLocale(firstSegment) ? firstSegment : readerLocale(request)
    const url = request.nextUrl.clone()
    url.pathname = `/${locale}/${NOT_FOUND_PATH}`
    url.search = ''
    return NextResponse.rewrite(url, { status: 404 })
  }

  // "/" goes to the reader's language (Accept-Language, then az); /az/... etc. pass through.
  return handleI18nRouting(request)
}

export const config = {
  // Leave Payload's admin and REST/GraphQL API, Next internals and files (anything with a dot) alone.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|_next/|_vercel/|.*\\..*).*)'],
}
