import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Locale } from '@/i18n/locales'
import { publicContentSecurityPolicy } from '@/lib/securityHeaders'

import { captureAnswer } from './captureAnswer'
import { compress, isCompressible, negotiateEncoding, type Encoding } from './compression'
import { newNonce, renderedNonce, stampNonce } from './nonce'
import { addEncoding, keepPreparedPage, preparedPage, type PreparedPage } from './pageCache'
import type { Routed } from './routing'
import { localeCookie } from './routing'
import { unavailablePage } from './unavailablePage'

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<unknown>

type PageRoute = Extract<Routed, { kind: 'page' }>

/** Fetches the localized 404 page from this same server (see sendNotFound). */
export type NotFoundFetcher = (locale: Locale) => Promise<{ headers: Headers; body: Buffer }>

/**
 * Headers a page request loses before Next sees them. Next must hand over plain HTML, so that the nonce can
 * be set, and a full answer, so that this step decides about 304 (see answerHtml).
 */
const WITHHELD_REQUEST_HEADERS = ['accept-encoding', 'if-none-match', 'if-modified-since']

/**
 * Serves one public page through Next: a fresh nonce for whatever Next renders now, then on Next's answer
 * the localized 404 page for a slug nothing is published under, the 503 page when the page could not be
 * rendered (the database is down and Next holds no copy), or the page with its nonce stamped, its ETag,
 * 304 when the reader holds it already, and compressed as the reader accepts. `onAnswered` learns the status
 * Next answered with. `answerRedirect` is tried before a slug's 404: it answers an old slug or an editor's
 * redirect (server/redirects.ts) and says whether it did.
 */
export async function servePage(
  request: IncomingMessage,
  response: ServerResponse,
  route: PageRoute,
  next: NextHandler,
  fetchNotFound: NotFoundFetcher,
  onAnswered?: (status: number) => void,
  answerRedirect?: () => Promise<boolean>,
) {
  const nonce = newNonce()
  // Next reads a request's nonce from its policy and puts it on the scripts of a page it renders now.
  request.headers['content-security-policy'] = publicContentSecurityPolicy(nonce)
  const encoding = negotiateEncoding(request.headers['accept-encoding'])
  const ifNoneMatch = request.headers['if-none-match']
  withhold(request)

  const { status, body } = await captureAnswer(response, () => next(request, response))
  if (route.status) response.statusCode = route.status
  // The page's own status (the localized 404 page is rendered 200 under a 404 route), before any 304 below.
  onAnswered?.(route.status ?? status)
  if (route.rememberLocale && response.statusCode < 300) response.appendHeader('set-cookie', localeCookie(route.locale))

  const isHtml = String(response.getHeader('content-type') ?? '').startsWith('text/html')
  if (!isHtml) return send(request, response, body, encoding)
  if (status >= 500) return sendUnavailable(request, response, route.locale, nonce)
  if (status === 404 && !route.status) {
    if (await answerRedirect?.()) return
    return sendNotFound(request, response, route.locale, encoding, fetchNotFound)
  }
  return answerHtml(request, response, body, nonce, encoding, ifNoneMatch)
}

function withhold(request: IncomingMessage) {
  for (const name of WITHHELD_REQUEST_HEADERS) delete request.headers[name]
  const raw = request.rawHeaders
  for (let i = raw.length - 2; i >= 0; i -= 2) if (WITHHELD_REQUEST_HEADERS.includes(raw[i].toLowerCase())) raw.splice(i, 2)
}

/**
 * A page served from Next's cache is the same bytes for every reader until it is rendered again, so it
 * keeps one nonce (the one it was rendered with, or one given on its first request here when it was
 * prerendered at build) and one ETag derived from the stamped bytes. A browser revalidating with that ETag
 * holds exactly these bytes, nonce included, and the 304 carries the same policy, so its copy still runs;
 * after a new render, on another server, or after this server restarts, the ETag differs and the answer
 * is the full page. Pages rendered per request (search, previews) are not cached by Next: their own
 * request's nonce, no ETag.
 */
async function answerHtml(request: IncomingMessage, response: ServerResponse, body: Buffer, nonce: string, encoding: Encoding | null, ifNoneMatch: string | undefined) {
  const nextEtag = response.getHeader('etag')
  const cacheControl = String(response.getHeader('cache-control') ?? '')
  response.removeHeader('etag')
  const shared = typeof nextEtag === 'string' && response.statusCode === 200 && !/no-store|private/.test(cacheControl)
  if (!shared) {
    response.setHeader('content-security-policy', publicContentSecurityPolicy(nonce))
    return send(request, response, body.length ? Buffer.from(stampNonce(body.toString('utf8'), nonce)) : body, encoding)
  }
  const isHead = request.method === 'HEAD'
  let page = preparedPage(nextEtag, isHead ? null : body)
  if (!page && isHead) {
    // Next sends no body for HEAD: the page's headers as for a GET whose page is not prepared yet.
    response.setHeader('content-security-policy', publicContentSecurityPolicy(nonce))
    return send(request, response, body, encoding)
  }
  page ??= prepare(nextEtag, body, nonce)
  response.setHeader('content-security-policy', publicContentSecurityPolicy(page.nonce))
  response.setHeader('etag', page.etag)
  if (ifNoneMatch && matches(ifNoneMatch, page.etag)) {
    for (const name of ['content-length', 'content-encoding', 'transfer-encoding', 'content-type']) response.removeHeader(name)
    response.statusCode = 304
    return void response.end()
  }
  if (encoding && isCompressible('text/html', page.body.length)) {
    const encoded = page.encoded[encoding] ?? (await compress(page.body, encoding))
    addEncoding(page, encoding, encoded)
    return sendBytes(request, response, encoded, encoding)
  }
  return sendBytes(request, response, page.body, null)
}

function prepare(nextEtag: string, source: Buffer, freshNonce: string): PreparedPage {
  const html = source.toString('utf8')
  const nonce = renderedNonce(html) ?? freshNonce
  const body = Buffer.from(stampNonce(html, nonce))
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  const page: PreparedPage = { source, nonce, body, etag, encoded: {} }
  keepPreparedPage(nextEtag, page)
  return page
}

/** If-None-Match lists ETags (or "*"); compared weakly, as RFC 9110 asks for GET. */
function matches(ifNoneMatch: string, etag: string) {
  const opaque = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === opaque
  })
}

/** Any other answer (RSC payloads, redirects, a server action's result) as Next made it, compressed when worth it. */
async function send(request: IncomingMessage, response: ServerResponse, body: Buffer, encoding: Encoding | null) {
  const type = String(response.getHeader('content-type') ?? '')
  if (encoding && !response.hasHeader('content-encoding') && isCompressible(type, body.length)) {
    return sendBytes(request, response, await compress(body, encoding), encoding)
  }
  return sendBytes(request, response, body, response.hasHeader('content-encoding') ? undefined : null)
}

/** `encoding`: the coding applied here (null: none; undefined: leave Next's header as it is). */
function sendBytes(request: IncomingMessage, response: ServerResponse, body: Buffer, encoding: Encoding | null | undefined) {
  if (encoding) response.setHeader('content-encoding', encoding)
  else if (encoding === null) response.removeHeader('content-encoding')
  addVary(response, 'Accept-Encoding')
  response.removeHeader('transfer-encoding')
  // HEAD: Next sent no body; its length is not known here.
  if (request.method === 'HEAD' && body.length === 0) return void response.end()
  response.setHeader('content-length', body.length)
  response.end(request.method === 'HEAD' ? undefined : body)
}

function addVary(response: ServerResponse, name: string) {
  const vary = String(response.getHeader('vary') ?? '')
  if (!vary.toLowerCase().split(/\s*,\s*/).includes(name.toLowerCase())) response.setHeader('vary', vary ? `${vary}, ${name}` : name)
}

/**
 * A page could not be rendered (the database is unreachable or locked and Next holds no copy): readers are
 * told the truth, 503 "temporarily unavailable" in the page's language with Retry-After, never cached, and
 * nothing of the error (Next has logged it). The next request renders normally once the database is back.
 */
function sendUnavailable(request: IncomingMessage, response: ServerResponse, locale: Locale, nonce: string) {
  for (const name of ['content-encoding', 'etag', 'last-modified', 'vary', 'set-cookie', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time']) response.removeHeader(name)
  const { body, retryAfterSeconds } = unavailablePage(locale)
  response.statusCode = 503
  response.setHeader('content-type', 'text/html; charset=utf-8')
  response.setHeader('cache-control', 'no-store')
  response.setHeader('retry-after', String(retryAfterSeconds))
  response.setHeader('content-security-policy', publicContentSecurityPolicy(nonce))
  response.setHeader('content-length', body.length)
  response.end(request.method === 'HEAD' ? undefined : body)
}

/** Headers of the fetched 404 page that describe its transfer, or that a 404 must not carry. */
const NOT_COPIED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'etag', 'set-cookie'])

/**
 * A well-formed slug under which nothing is published: the page called notFound(), which Next 16 draws only
 * with client-side JavaScript (vercel/next.js#62228). The localized 404 page is answered instead, fetched
 * from this server (served from Next's cache) with its own headers and nonce, with status 404. Only
 * missing documents pay for this; a page that exists costs no lookup before it is served.
 */
async function sendNotFound(request: IncomingMessage, response: ServerResponse, locale: Locale, encoding: Encoding | null, fetchNotFound: NotFoundFetcher) {
  let page: Awaited<ReturnType<NotFoundFetcher>>
  try {
    page = await fetchNotFound(locale)
  } catch {
    return sendUnavailable(request, response, locale, newNonce())
  }
  for (const name of response.getHeaderNames()) if (name !== 'set-cookie') response.removeHeader(name)
  page.headers.forEach((value, name) => {
    if (!NOT_COPIED.has(name)) response.setHeader(name, value)
  })
  response.statusCode = 404
  return send(request, response, page.body, encoding)
}
