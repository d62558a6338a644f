// What the server refuses before Next or Payload see a request, decided from the request line and headers
// alone (the pipeline's guard step, server/pipeline.ts): pure functions, tested in tests/unit/requestGuard.test.ts.
import type { IncomingHttpHeaders } from 'node:http'

import { bodyLimitFor } from '../lib/requestLimits.mjs'

/** Every method some route of the portal answers (pages, the REST API, the admin); anything else is refused. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The path routes are matched on: dot segments resolved, percent-escapes decoded and repeated slashes
 * collapsed, so that `/api/users/%6Cogin` or `/admin/../api/users/login` cannot pick another route's limit.
 * `url` is the request target as sent (`/api/users/login?x=1`).
 */
export function routePath(url: string): string {
  let path: string
  try {
    // Origin-form (`/path`) is read as a path even when it starts with `//`; absolute-form as a URL.
    path = new URL(url.startsWith('/') ? `http://guard.invalid${url}` : url).pathname
  } catch {
    path = url.split('?', 1)[0]
  }
  try {
    path = decodeURIComponent(path)
  } catch {
    // A malformed escape: matched as sent (the router will not decode it either).
  }
  return path.replace(/\/{2,}/g, '/')
}

/**
 * Whether a state-changing request comes from this site. A browser names the page's origin in `Origin` on
 * every cross-origin request and every POST; it is this site when its host is the Host the request was sent
 * to (the classic same-origin test: Host is only compared, never echoed) or one of the configured origins
 * (SERVER_URL, behind a proxy that rewrites Host). `Origin: null` (sandboxed frames, some redirects, file:
 * pages) is never this site. Without Origin, only `Sec-Fetch-Site: cross-site` marks a foreign page; a
 * request with neither comes from no browser page at all (curl, server-to-server API clients) and is allowed.
 */
export function isFromThisSite(headers: IncomingHttpHeaders, allowedOrigins: readonly string[]): boolean {
  const origin = headers.origin
  if (origin === undefined) return headers['sec-fetch-site'] !== 'cross-site'
  if (typeof origin !== 'string') return false
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false // `null`, or not an origin at all
  }
  if (allowedOrigins.includes(parsed.origin)) return true
  const host = headers.host
  // Only host characters: anything else cannot be the host the browser connected to.
  if (typeof host !== 'string' || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return false
  try {
    return new URL(`${parsed.protocol}//${host}`).host === parsed.host
  } catch {
    return false
  }
}

export type Refusal = {
  status: 403 | 405 | 411 | 413
  /** A key of the RequestRefused messages (messages/*.json). */
  reason: 'crossOrigin' | 'methodNotAllowed' | 'lengthRequired' | 'tooLarge'
  maxBytes?: number
  close: boolean
}

export type RequestHead = { method?: string; url?: string; headers: IncomingHttpHeaders }

/**
 * Why the guard refuses a request before its body is read, or null to let it through:
 * - 405 for a method no route answers (TRACE, PROPFIND …);
 * - 403 for a state-changing request (POST, PUT, PATCH, DELETE) from another site's page (isFromThisSite);
 * - 411 for a body without Content-Length (chunked): it would have to be read to learn its size, and every
 *   browser, the admin and API clients sending a whole body send its length (a proxy buffering bodies, like
 *   nginx by default, adds it too). A plain answer before anything is read beats cutting a stream off midway;
 * - 413 for a Content-Length over the route's limit (lib/requestLimits.mjs), whoever sends it.
 * `close`: the body must not be read, so the connection closes after the answer. A body within the limit
 * refused for another reason is read and dropped by Node instead, so that a client still sending it gets
 * the answer rather than a broken pipe.
 * `allowedOrigins`: the configured origins (lib/configuredOrigin.mjs csrfOrigins).
 */
export function refusalFor({ method = 'GET', url = '/', headers }: RequestHead, allowedOrigins: readonly string[]): Refusal | null {
  const { maxBytes } = bodyLimitFor(method, routePath(url))
  const chunked = headers['transfer-encoding'] !== undefined
  const length = headers['content-length']
  // Node refuses a malformed or repeated Content-Length itself (400), so here it is one number.
  const tooLarge = length !== undefined && Number(length) > maxBytes
  const close = chunked || tooLarge
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) return { status: 405, reason: 'methodNotAllowed', close }
  if (STATE_CHANGING.has(method) && !isFromThisSite(headers, allowedOrigins)) return { status: 403, reason: 'crossOrigin', close }
  if (chunked) return { status: 411, reason: 'lengthRequired', maxBytes, close }
  if (tooLarge) return { status: 413, reason: 'tooLarge', maxBytes, close }
  return null
}
