import { isLocale, type Locale } from '@/i18n/locales'
import { localeFromAcceptLanguage } from '@/lib/preferredLocale'
import { publicRoutePath } from '@/lib/publicRoutes'

/** The localized 404 page, rendered on the server (a 404 raised by notFound() inside a page is drawn only by client-side JavaScript in Next 16: vercel/next.js#62228). */
export const NOT_FOUND_SEGMENT = 'page-not-found'

/** next-intl's cookie: the language a reader last read in, for the next visit to "/". */
const LOCALE_COOKIE = 'NEXT_LOCALE'

export type Routed =
  /** "/" goes to the reader's language. */
  | { kind: 'redirect'; location: string }
  /**
   * A page: `url` is what Next renders (the request's own, `?page=N` moved into the page segment, or the
   * localized 404 page with `status` 404); `rememberLocale` when the reader's cookie names another language.
   */
  | { kind: 'page'; locale: Locale; url: string; status?: 404; rememberLocale: boolean }

type RequestLine = { url: string; cookie?: string; acceptLanguage?: string }

/** The language a reader asked for before: next-intl's cookie, then Accept-Language, then az. */
function readerLocale(cookieLocale: string | undefined, acceptLanguage: string | undefined): Locale {
  return isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage(acceptLanguage)
}

/**
 * Where a page request goes, from the route table (lib/publicRoutes.ts) alone: no database. Every public page
 * lives under /az, /en or /ru; anything else (/de, /xx/anything, /news/x), and any path, page number or slug
 * shape under a language that leads nowhere, is that language's 404 at the same URL. A well-formed slug that
 * names no published document is the page's own 404 (server/pages.ts swaps in the localized page).
 */
export function routePage({ url, cookie, acceptLanguage }: RequestLine): Routed {
  const parsed = new URL(url, 'http://portal.invalid')
  const cookieLocale = cookie ? new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookie)?.[1] : undefined
  const [, first, ...rest] = parsed.pathname.split('/')
  const notFoundIn = (locale: Locale): Routed => ({ kind: 'page', locale, url: `/${locale}/${NOT_FOUND_SEGMENT}`, status: 404, rememberLocale: false })

  if (!first) return { kind: 'redirect', location: `/${readerLocale(cookieLocale, acceptLanguage)}${parsed.search}` }
  if (!isLocale(first)) return notFoundIn(readerLocale(cookieLocale, acceptLanguage))
  const segments = rest.filter((segment, index) => segment || index < rest.length - 1)
  const target = publicRoutePath(segments, parsed.searchParams.get('page'))
  if (!target) return notFoundIn(first)
  let rendered = url
  if (target.length > segments.length) {
    parsed.searchParams.delete('page')
    rendered = `/${first}/${target.join('/')}${parsed.search}`
  }
  return { kind: 'page', locale: first, url: rendered, rememberLocale: cookieLocale !== first }
}

/** The cookie that remembers `locale` (as next-intl's proxy set it). */
export const localeCookie = (locale: Locale) => `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=lax`
