// Preloaded into the server process beside client-address.mjs (see scripts/start.mjs and the Dockerfile).
//
// Public pages are rendered once and served from Next's cache to every reader, yet each response's
// Content-Security-Policy carries a fresh nonce (proxy.ts), and a cached page's scripts still carry the
// nonce of the request that rendered it (or none: pages prerendered at build). This puts the response's
// own nonce on every <script> tag and script preload (and any tag that already had a nonce) of an HTML
// response as it streams out, so the page's scripts run and no other inline script can. React escapes
// "<" in everything it prints, so every <script tag in the HTML is one the app wrote.
//
// Compression would hide the HTML from this layer, so page requests reach Next without Accept-Encoding
// (or the conditional headers: see DROPPED_REQUEST_HEADERS) and pages leave the server uncompressed;
// scripts, styles, the API and files are still compressed. In production a reverse proxy in front (TLS,
// deploy/nginx.conf) compresses pages again.
import http from 'node:http'

const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/=]+)'/
const NONCED_TAG = /<(script|link)\b([^>]*)>/gi
const NONCE_ATTRIBUTE = /\snonce="[^"]*"/gi
/** A tag is cut between chunks at most this far from its "<": longer text after a "<" is not a tag of ours. */
const MAX_TAG_LENGTH = 4096

/** Paths the proxy handles (its matcher): pages, not Next's files, the API, the admin or files with a dot. */
const PAGE_PATH = /^\/(?!_next\/|api(?:\/|$)|admin(?:\/|$))[^.?]*(?:\?.*)?$/

/** A <link> that fetches a script: a preload `as="script"` or a module preload. */
const SCRIPT_LINK = /\bas="script"|\brel="modulepreload"/i

export function stampNonce(html, nonce) {
  return html.replace(NONCED_TAG, (tag, name, attributes) => {
    const isScript = name.toLowerCase() === 'script' || SCRIPT_LINK.test(attributes)
    const hadNonce = NONCE_ATTRIBUTE.test(attributes)
    NONCE_ATTRIBUTE.lastIndex = 0
    if (!isScript && !hadNonce) return tag
    return `<${name} nonce="${nonce}"${attributes.replace(NONCE_ATTRIBUTE, '')}>`
  })
}

/** Stamps `nonce` on a stream of HTML chunks, holding back a tag cut between two chunks. */
function nonceStamper(nonce) {
  const decoder = new TextDecoder('utf-8')
  let held = ''
  return {
    push(chunk) {
      const text = held + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
      const open = text.lastIndexOf('<')
      const cut = open !== -1 && text.indexOf('>', open) === -1 && text.length - open < MAX_TAG_LENGTH ? open : text.length
      held = text.slice(cut)
      return stampNonce(text.slice(0, cut), nonce)
    },
    flush() {
      const text = held + decoder.decode()
      held = ''
      return stampNonce(text, nonce)
    },
  }
}

function stampResponses(response) {
  const { write, end, writeHead } = response
  let stamper // undefined until the headers are sent; null when this response is not stamped

  // Decided as the headers go out (every first write and flushHeaders() pass through writeHead).
  const stamperFor = () => {
    if (stamper !== undefined) return stamper
    const type = String(response.getHeader('content-type') ?? '')
    const nonce = String(response.getHeader('content-security-policy') ?? '').match(NONCE_IN_POLICY)?.[1]
    const stamped = type.startsWith('text/html') && nonce && !response.getHeader('content-encoding')
    // The length changes (sent chunked instead), and the bytes are this response's own: no ETag.
    if (stamped && !response.headersSent) {
      response.removeHeader('content-length')
      response.removeHeader('etag')
    }
    stamper = stamped && !response.getHeader('content-length') ? nonceStamper(nonce) : null
    return stamper
  }

  response.writeHead = function writeHeadStamped(statusCode, ...rest) {
    const message = typeof rest[0] === 'string' ? rest.shift() : undefined
    const headers = rest[0]
    // Headers given here join those already set, so that the decision sees them all.
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value)
    const passOn = headers && Array.isArray(headers) ? [headers] : []
    if (!passOn.length) stamperFor()
    return message === undefined ? writeHead.call(this, statusCode, ...passOn) : writeHead.call(this, statusCode, message, ...passOn)
  }

  response.write = function writeStamped(chunk, encoding, callback) {
    const active = chunk == null || (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) ? null : stamperFor()
    if (!active) return write.call(this, chunk, encoding, callback)
    const text = typeof chunk === 'string' && typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(chunk, encoding) : chunk
    return write.call(this, active.push(text), 'utf8', typeof encoding === 'function' ? encoding : callback)
  }

  response.end = function endStamped(chunk, encoding, callback) {
    if (typeof chunk === 'function') return endStamped.call(this, undefined, undefined, chunk)
    if (typeof encoding === 'function') return endStamped.call(this, chunk, undefined, encoding)
    const active = stamperFor()
    if (!active) return end.call(this, chunk, encoding, callback)
    const last = chunk == null ? '' : active.push(typeof chunk === 'string' && encoding && encoding !== 'utf8' ? Buffer.from(chunk, encoding) : chunk)
    return end.call(this, last + active.flush(), 'utf8', callback)
  }
}

/**
 * Headers a page request loses before Next sees them (parsed and raw alike): Accept-Encoding, and the
 * conditional ones. A page's bytes differ with every response (its nonce), so "304 Not Modified" would
 * make the browser pair its old HTML (old nonce) with the new policy and block every script.
 */
const DROPPED_REQUEST_HEADERS = ['accept-encoding', 'if-none-match', 'if-modified-since']

function withoutCompressionOrRevalidation(request) {
  for (const name of DROPPED_REQUEST_HEADERS) delete request.headers[name]
  const raw = request.rawHeaders
  for (let i = raw.length - 2; i >= 0; i -= 2) if (DROPPED_REQUEST_HEADERS.includes(raw[i].toLowerCase())) raw.splice(i, 2)
}

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitWithNonceStamping(event, ...args) {
  if (event === 'request') {
    const [request, response] = args
    if (PAGE_PATH.test(request.url ?? '')) {
      withoutCompressionOrRevalidation(request)
      stampResponses(response)
    }
  }
  return emit.call(this, event, ...args)
}
