import type { IncomingHttpHeaders } from 'node:http'

import { isbot } from 'isbot'

import { isLocale, type Locale } from '@/i18n/locales'
import { DOCUMENT_ROUTE } from '@/i18n/routes'
import { isPlausibleSlug } from '@/lib/slugify'

/** One reader's read of an article in a language: all that counting keeps (lib/views/viewCounts.ts). */
export type ArticleView = { locale: Locale; slug: string }

/** The first segment of an article's path under /{locale} ("news"), from the route table. */
const ARTICLE_SEGMENT = DOCUMENT_ROUTE.articles.split('/')[1]

/** Next's draft-mode cookie: staff previewing drafts (app/(frontend)/[locale]/preview) are not readers. */
const DRAFT_MODE_COOKIE = /(?:^|;\s*)__prerender_bypass=/

export type AnsweredPage = {
  method: string | undefined
  /** The path Next rendered (after the server's routing: ?page=N of the reviews is /{locale}/news/{slug}/N), without the query. */
  path: string
  headers: IncomingHttpHeaders
  /** The status of the answer (200 also when it was sent as 304 from the server's page cache). */
  status: number
}

/**
 * Whether a page answer is a reader's view of an article, and of which: a GET answered 200 (a 404 for a
 * made-up slug never counts, so nobody can grow the counts with invented slugs) of the article's first page
 * (later pages of its reviews are the same reader paging, not another read), by a browser that is not a
 * robot and not staff previewing drafts, and not a prefetch. Next's client-side navigation fetches the page's
 * RSC payload (`RSC: 1`) without a prefetch header: that is a view. Its prefetches carry
 * `Next-Router-Prefetch` (and `Next-Router-Segment-Prefetch`); browsers mark theirs with `Sec-Purpose`
 * (speculation rules, `prefetch` or `prefetch;prerender`), `Purpose` or `X-Moz`. Only `<Link prefetch>` set to
 * true sends a full prefetch without such a header, and the portal's links do not.
 */
export function articleViewOf({ method, path, headers, status }: AnsweredPage): ArticleView | null {
  if (method !== 'GET' || status !== 200) return null
  const [empty, locale, segment, slug, ...rest] = path.split('/')
  if (empty !== '' || rest.length > 0 || !isLocale(locale) || segment !== ARTICLE_SEGMENT || !slug || !isPlausibleSlug(slug)) return null
  if (isPrefetch(headers) || isRobot(headers['user-agent']) || hasDraftModeCookie(headers.cookie)) return null
  return { locale, slug }
}

function isPrefetch(headers: IncomingHttpHeaders): boolean {
  if (headers['next-router-prefetch'] !== undefined || headers['next-router-segment-prefetch'] !== undefined) return true
  return [headers['sec-purpose'], headers.purpose, headers['x-purpose'], headers['x-moz']].some((value) => typeof value === 'string' && /prefetch|preview/i.test(value))
}

/** No User-Agent at all is a script, not a browser; otherwise the maintained `isbot` list decides. */
function isRobot(userAgent: string | undefined): boolean {
  return !userAgent?.trim() || isbot(userAgent)
}

function hasDraftModeCookie(cookie: string | undefined): boolean {
  return cookie !== undefined && DRAFT_MODE_COOKIE.test(cookie)
}
