import type { IncomingMessage, ServerResponse } from 'node:http'

import { COMMON_SECURITY_HEADERS } from '@/lib/securityHeaders'

/** Where the app says a path leads (lib/redirects/resolveEndpoint.ts): a path of this site, its own query (or ''), the code. */
export type FoundRedirect = { path: string; search: string; status: number }

/** Asks the app, over loopback, where a path that is no page leads (server/main.ts); null: nowhere. */
export type RedirectFinder = (path: string) => Promise<FoundRedirect | null>

const CODES = new Set([301, 302, 307, 308])

/** A moved page may be remembered briefly by browsers and proxies (an editor may still change it); a temporary one never. */
const CACHE_CONTROL = { permanent: 'public, max-age=300', temporary: 'no-store' }

/**
 * Before a page's 404: where the app says the requested path leads now (an old slug, an editor's redirect), or
 * null. Only reads (GET, HEAD) are redirected; a failing lookup (the app is down) leaves the 404 as it was.
 */
export async function redirectFor(request: IncomingMessage, requestUrl: string, findRedirect: RedirectFinder | undefined): Promise<FoundRedirect | null> {
  if (!findRedirect || (request.method !== 'GET' && request.method !== 'HEAD')) return null
  try {
    const found = await findRedirect(requestUrl.split('?', 1)[0])
    return found && CODES.has(found.status) && found.path.startsWith('/') && !found.path.startsWith('//') ? found : null
  } catch {
    return null
  }
}

/**
 * Answers the redirect: `Location` is a path of this site, with the request's own query when the target names
 * none; the common security headers, a cache lifetime by the code, and no body.
 */
export function sendRedirect(response: ServerResponse, requestUrl: string, { path, search, status }: FoundRedirect) {
  for (const name of response.getHeaderNames()) response.removeHeader(name)
  for (const { key, value } of COMMON_SECURITY_HEADERS) response.setHeader(key, value)
  const query = search || (requestUrl.includes('?') ? `?${requestUrl.split('?').slice(1).join('?')}` : '')
  const permanent = status === 301 || status === 308
  response.writeHead(status, {
    location: `${path}${query === '?' ? '' : query}`,
    'cache-control': permanent ? CACHE_CONTROL.permanent : CACHE_CONTROL.temporary,
    'content-length': 0,
  })
  response.end()
}
