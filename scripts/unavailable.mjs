// Preloaded into the server process beside csp-nonce.mjs (see scripts/start.mjs and the Dockerfile).
//
// A public page is served from Next's cache whenever a copy exists, with no database needed. One that
// must be rendered while the database is unreachable or locked fails, and Next answers 500 with an error
// page it draws only with JavaScript. Readers are told the truth instead: 503 "temporarily unavailable"
// in the page's language (messages/*.json, namespace Unavailable), with Retry-After, never cached, and
// nothing of the error. The next request renders normally once the database is back: no restart.
// The error itself is still logged by Next.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const LOCALES = ['az', 'en', 'ru']
const RETRY_AFTER_SECONDS = '30'
/** The same paths csp-nonce.mjs treats as pages: not Next's files, the API, the admin or files with a dot. */
const PAGE_PATH = /^\/(?!_next\/|api(?:\/|$)|admin(?:\/|$))[^.?]*(?:\?.*)?$/

const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function unavailablePage(locale) {
  const file = path.join(process.cwd(), 'messages', `${locale}.json`)
  const t = JSON.parse(fs.readFileSync(file, 'utf8')).Unavailable
  // No script, and styles of its own: the site's stylesheet has a hashed name only Next knows.
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b5394}</style></head><body><main id="main"><h1>${escape(t.title)}</h1><p>${escape(t.description)}</p><p><a href="">${escape(t.retry)}</a></p></main></body></html>`
}

/** Read once, at start: an outage is no time to read files. A missing catalogue is a broken deploy. */
const PAGES = Object.fromEntries(LOCALES.map((locale) => [locale, Buffer.from(unavailablePage(locale))]))

function localeOf(url) {
  const first = url.split(/[/?]/, 2)[1]
  return LOCALES.includes(first) ? first : LOCALES[0]
}

function answerUnavailable(response, url) {
  const { write, end, writeHead } = response
  let replacing = false

  response.writeHead = function writeHeadUnavailable(statusCode, ...rest) {
    if (statusCode !== 500) return writeHead.call(this, statusCode, ...rest)
    replacing = true
    // The security headers stay; what described Next's error page goes.
    for (const name of ['content-encoding', 'etag', 'last-modified', 'vary', 'set-cookie']) this.removeHeader(name)
    this.setHeader('content-type', 'text/html; charset=utf-8')
    this.setHeader('cache-control', 'no-store')
    this.setHeader('retry-after', RETRY_AFTER_SECONDS)
    this.setHeader('content-length', PAGES[localeOf(url)].length)
    return writeHead.call(this, 503)
  }
  response.write = function writeUnavailable(...args) {
    if (!this.headersSent && this.statusCode === 500) this.writeHead(500)
    if (!replacing) return write.apply(this, args)
    const callback = args.find((arg) => typeof arg === 'function')
    if (callback) process.nextTick(callback)
    return true
  }
  response.end = function endUnavailable(...args) {
    if (!this.headersSent && this.statusCode === 500) this.writeHead(500)
    if (!replacing) return end.apply(this, args)
    const callback = args.find((arg) => typeof arg === 'function')
    return end.call(this, this.req?.method === 'HEAD' ? undefined : PAGES[localeOf(url)], callback)
  }
}

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitWithUnavailablePage(event, ...args) {
  if (event === 'request') {
    const [request, response] = args
    if (PAGE_PATH.test(request.url ?? '')) answerUnavailable(response, request.url ?? '/')
  }
  return emit.call(this, event, ...args)
}
