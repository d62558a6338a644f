// The portal's HTTP server, the same for `npm run dev`, `npm start` and the Docker image: Next.js's documented
// custom server with one ordered request pipeline in front of it (server/pipeline.ts). Compiled to
// .next/portal-server.mjs by scripts/lib.mjs (bundleServer) and started as `node .next/portal-server.mjs`
// (`--dev` for development). README "How a request flows" says why a custom server rather than preloads.
import http from 'node:http'
import path from 'node:path'

import next from 'next'

import type { Locale } from '@/i18n/locales'
import { INTERNAL_HEADER, internalToken, isInternalToken } from '@/lib/internalRequest'
import { RESOLVE_REDIRECT_PATH } from '@/lib/redirects/endpointPath'
import { RECORD_VIEWS_PATH } from '@/lib/views/buckets'
import { pendingViews, type ViewCount } from '@/lib/views/viewCounts'

import { createRequestListener, inviteWelcomeBodies } from './pipeline'
import type { FoundRedirect } from './redirects'
import { NOT_FOUND_SEGMENT } from './routing'
import { shutDownGracefully } from './shutdown'
import { handOverViewsPeriodically } from './viewFlush'

const dev = process.argv.includes('--dev')
const port = Number(process.env.PORT) || 3000
// Unset: every interface, as `next start` listens.
const hostname = process.env.HOSTNAME || undefined
// Compiled into .next/, run from server/ by nothing else: either way the repository is one level up.
const root = path.resolve(import.meta.dirname, '..')

const server = http.createServer()
const app = next({ dev, dir: root, port, hostname: hostname ?? 'localhost', httpServer: server, turbopack: dev })
await app.prepare()
const handle = app.getRequestHandler()

/**
 * Requests this server sends itself carry the process's internal token (lib/internalRequest.ts): only
 * readers' requests are logged, and only this server can hand over view counts.
 */
function ownOrigin() {
  const address = server.address()
  const own = typeof address === 'object' && address ? address : { address: '127.0.0.1', port, family: 'IPv4' }
  const host = own.address === '::' || own.address === '0.0.0.0' ? '127.0.0.1' : own.family === 'IPv6' ? `[${own.address}]` : own.address
  return `http://${host}:${own.port}`
}

/** The localized 404 page, as Next serves it (from its cache) to this server's own request. */
async function fetchNotFound(locale: Locale) {
  const answer = await fetch(`${ownOrigin()}/${locale}/${NOT_FOUND_SEGMENT}`, {
    headers: { [INTERNAL_HEADER]: internalToken(), 'accept-encoding': 'identity' },
    signal: AbortSignal.timeout(30_000),
  })
  return { headers: answer.headers, body: Buffer.from(await answer.arrayBuffer()) }
}

/** Readers' view counts to the app (lib/views/recordViewsEndpoint.ts), which records them. */
async function sendViews(views: ViewCount[]) {
  const answer = await fetch(`${ownOrigin()}${RECORD_VIEWS_PATH}`, {
    method: 'POST',
    headers: { [INTERNAL_HEADER]: internalToken(), 'content-type': 'application/json' },
    body: JSON.stringify({ views }),
    signal: AbortSignal.timeout(30_000),
  })
  await answer.arrayBuffer()
  if (!answer.ok) throw new Error(`the app answered ${answer.status}`)
}

/** Where a path that is no page leads, as the app says (lib/redirects/resolveEndpoint.ts); null: nowhere. */
async function findRedirect(path: string): Promise<FoundRedirect | null> {
  const answer = await fetch(`${ownOrigin()}${RESOLVE_REDIRECT_PATH}`, {
    method: 'POST',
    headers: { [INTERNAL_HEADER]: internalToken(), 'content-type': 'application/json' },
    body: JSON.stringify({ path }),
    signal: AbortSignal.timeout(10_000),
  })
  if (!answer.ok) throw new Error(`the app answered ${answer.status}`)
  const { redirect } = (await answer.json()) as { redirect?: FoundRedirect | null }
  return redirect ?? null
}

const views = pendingViews()
const listener = createRequestListener(handle, {
  fetchNotFound,
  findRedirect,
  isInternal: (request) => isInternalToken(request.headers[INTERNAL_HEADER]),
  benchmarkFloor: process.env.BENCHMARK_FLOOR === '1',
  countView: ({ locale, slug }) => views.add(locale, slug),
})
handOverViewsPeriodically(views, sendViews)
server.on('request', listener)
server.on('checkContinue', inviteWelcomeBodies(listener))

shutDownGracefully(server, { dev })
server.listen(port, hostname, () => {
  console.log(`The portal is listening on http://${hostname ?? 'localhost'}:${port} (${dev ? 'development' : 'production'}).`)
})
