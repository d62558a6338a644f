// Preloaded into the server process (scripts/lib.mjs PRELOADS, package.json `dev`, the Dockerfile) inside
// request-log.mjs, so refused requests are logged too, and ahead of every other preload and of Next.
//
// Refuses, from the request line and headers alone and before anything reads the body (the decisions are in
// lib/requestGuard.mjs): a method no route answers (405), a state-changing request from another site's page
// (403: Payload's login and Next's server actions would otherwise accept it, or fail with a 500), a chunked
// body (411) and a body over its route's limit (413, limits in lib/requestLimits.mjs). Next buffers and parses
// what Payload's REST API receives without any limit, so this is the only place the size can be enforced
// before the memory is spent. A body over the limit, or of unknown length, is never read: the connection closes.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { csrfOrigins } from '../lib/configuredOrigin.mjs'
import { ALLOWED_METHODS, refusalFor, routePath } from '../lib/requestGuard.mjs'

const LOCALES = ['az', 'en', 'ru']

/** Short texts per language (messages/*.json, namespace RequestRefused), read once at start like unavailable.mjs. */
const TEXTS = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')).RequestRefused]),
)

/** The API answers in JSON (English, like Payload's own errors, plus a stable code); pages in their language as plain text. */
function refusalBody(path, refusal) {
  if (/^\/api(?:\/|$)/.test(path)) {
    const { reason, maxBytes } = refusal
    return { type: 'application/json', text: JSON.stringify({ errors: [{ message: TEXTS.en[reason] }], error: reason, ...(maxBytes === undefined ? {} : { maxBytes }) }) }
  }
  const first = path.split('/', 2)[1]
  return { type: 'text/plain; charset=utf-8', text: TEXTS[LOCALES.includes(first) ? first : LOCALES[0]][refusal.reason] }
}

function refuse(request, response, refusal) {
  const { type, text } = refusalBody(routePath(request.url ?? '/'), refusal)
  const body = Buffer.from(text)
  response.writeHead(refusal.status, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(refusal.status === 405 ? { allow: ALLOWED_METHODS.join(', ') } : {}),
    // Node then closes the socket once the answer is out instead of reading the body; otherwise it reads and
    // drops the (bounded) body and keeps the connection.
    ...(refusal.close ? { connection: 'close' } : {}),
  })
  response.end(request.method === 'HEAD' ? undefined : body)
}

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitGuarded(event, ...args) {
  if (event === 'checkContinue') {
    // `Expect: 100-continue` (curl sends it with large bodies): invite the body only when it is welcome; the
    // request then goes through every preload as usual, and this guard answers it if refused.
    const [request, response] = args
    if (!refusalFor(request, csrfOrigins(process.env))) response.writeContinue()
    return this.emit('request', request, response)
  }
  if (event === 'request') {
    const [request, response] = args
    // Read per request: `next start` loads .env files after the preloads ran.
    const refusal = refusalFor(request, csrfOrigins(process.env))
    if (refusal) {
      refuse(request, response, refusal)
      return true
    }
  }
  return emit.call(this, event, ...args)
}

// Node answers `Expect: 100-continue` itself, before any code sees the request, unless the server listens
// for 'checkContinue': this listener only makes Node hand the decision to emitGuarded above.
const listen = http.Server.prototype.listen
http.Server.prototype.listen = function listenWithContinueCheck(...args) {
  if (this.listenerCount('checkContinue') === 0) this.on('checkContinue', () => undefined)
  return listen.apply(this, args)
}
