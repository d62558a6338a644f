import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import { csrfOrigins } from '@/lib/configuredOrigin.mjs'
import { isPagePath } from '@/lib/publicRoutes'
import { COMMON_SECURITY_HEADERS } from '@/lib/securityHeaders'

import { answerUnavailableWithoutPayload } from './apiUnavailable'
import { appendPeerAddress } from './clientAddress'
import { servePage, type NextHandler, type NotFoundFetcher } from './pages'
import { redirectFor, sendRedirect, type RedirectFinder } from './redirects'
import { refuse } from './refuse'
import { refusalFor } from './requestGuard'
import { logWhenAnswered } from './requestLog'
import { routePage } from './routing'
import { articleViewOf, type ArticleView } from './views'

/** The benchmark's framework floor (app/(benchmark)): served only when the benchmark starts the server. */
const FLOOR_PATH = /^\/benchmark-floor\//

export type PipelineOptions = {
  /** Fetches the localized 404 page from this server (server/main.ts). */
  fetchNotFound: NotFoundFetcher
  /** Requests this server sends itself (the 404 page), left out of the request log. */
  isInternal?: (request: IncomingMessage) => boolean
  benchmarkFloor?: boolean
  /** Counts a reader's view of an article (server/views.ts decides which answers are views). */
  countView?: (view: ArticleView) => void
  /** Asks the app where a path that is no page leads (an old slug, an editor's redirect), before its 404 (server/redirects.ts). */
  findRedirect?: RedirectFinder
}

/**
 * Every request, in this order, before and around Next:
 * 1. the request log (server/requestLog.ts): one JSON line when the answer is out, refusals included;
 * 2. the guard (server/requestGuard.ts): unknown methods, other sites' writes, chunked or oversized bodies
 *    are refused before anything reads the body;
 * 3. the client's address appended to X-Forwarded-For (server/clientAddress.ts);
 * then the API (503 while Payload cannot start, server/apiUnavailable.ts), Payload's admin, Next's files and
 * paths with a dot go to Next as they are, while a page
 * 4. is routed by the route table (server/routing.ts: "/" to the reader's language, ?page=N to its cached
 *    page, unknown paths to the localized 404), and
 * 5. is served (server/pages.ts): nonce, the 404 and 503 pages, ETag and 304, compression; once Next has
 *    answered, a reader's view of an article is counted (server/views.ts), whether Next rendered the page,
 *    served it from its cache or the reader gets a 304.
 * A path about to be answered 404 (by the routing, or by the page for a slug nothing is published under) is
 * first looked up once among old slugs and editors' redirects (server/redirects.ts); a page that exists costs
 * no lookup.
 */
export function createRequestListener(next: NextHandler, options: PipelineOptions): RequestListener {
  return (request, response) => {
    if (!options.isInternal?.(request)) logWhenAnswered(request, response)
    // Read per request: Next loads .env files once the app is prepared.
    const refusal = refusalFor(request, csrfOrigins(process.env))
    if (refusal) return refuse(request, response, refusal)
    appendPeerAddress(request)

    const pathname = (request.url ?? '/').split('?', 1)[0]
    if (options.benchmarkFloor && FLOOR_PATH.test(pathname)) return pass(next, request, response)
    if (/^\/api(?:\/|$)/.test(pathname)) answerUnavailableWithoutPayload(response)
    if (!isPagePath(pathname)) return pass(next, request, response)

    const asked = request.url ?? '/'
    const route = routePage({ url: asked, cookie: request.headers.cookie, acceptLanguage: request.headers['accept-language'] })
    if (route.kind === 'redirect') return redirect(response, route.location)
    const answerRedirect = async () => {
      const found = await redirectFor(request, asked, options.findRedirect)
      if (found) sendRedirect(response, asked, found)
      return found !== null
    }
    const serve = () => {
      request.url = route.url
      const onAnswered = options.countView && countingView(request, route.url, options.countView)
      return servePage(request, response, route, next, options.fetchNotFound, onAnswered, answerRedirect)
    }
    // The localized 404 page itself (server/main.ts fetches it) is no lost page.
    const lost = route.status === 404 && asked.split('?', 1)[0] !== route.url
    const answered = lost ? answerRedirect().then((redirected) => (redirected ? undefined : serve())) : serve()
    answered.catch((error: unknown) => failed(response, error))
  }
}

/**
 * `Expect: 100-continue` (curl sends it with large bodies): Node asks before inviting the body. Only a
 * welcome body is invited; the request then goes through the pipeline as usual, whose guard answers it if
 * it is refused.
 */
export function inviteWelcomeBodies(listener: RequestListener): RequestListener {
  return (request, response) => {
    if (!refusalFor(request, csrfOrigins(process.env))) response.writeContinue()
    listener(request, response)
  }
}

/**
 * Counts the view once Next has answered, judged by the request as the reader sent it: Next changes a
 * request's headers while it handles it (its prefetch headers among them), so they are copied first.
 */
function countingView(request: IncomingMessage, renderedUrl: string, countView: (view: ArticleView) => void) {
  const asked = { method: request.method, path: renderedUrl.split('?', 1)[0], headers: { ...request.headers } }
  return (status: number) => {
    const view = articleViewOf({ ...asked, status })
    if (view) countView(view)
  }
}

function pass(next: NextHandler, request: IncomingMessage, response: ServerResponse) {
  next(request, response).catch((error: unknown) => failed(response, error))
}

/** "/" to the reader's language: a temporary redirect, as it depends on who asks. */
function redirect(response: ServerResponse, location: string) {
  for (const { key, value } of COMMON_SECURITY_HEADERS) response.setHeader(key, value)
  response.writeHead(307, { location, 'cache-control': 'no-store', 'content-length': 0 })
  response.end()
}

/** Next answers its own errors; this is for a fault in the pipeline itself. */
function failed(response: ServerResponse, error: unknown) {
  console.error(error)
  if (response.headersSent) return void response.destroy()
  response.statusCode = 500
  response.end()
}
