import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Locale } from '@/i18n/locales'
import { createRequestListener } from '@/server/pipeline'
import type { FoundRedirect } from '@/server/redirects'
import type { ArticleView } from '@/server/views'

/**
 * The request pipeline (server/pipeline.ts) on a real HTTP server, in front of a stand-in for Next that
 * answers the way Next does: a cached page (with its ETag, rendered for a request or prerendered at build)
 * written in chunks that cut tags and letters apart, a page rendered per request with the request's nonce,
 * a missing slug's 404, a page that fails, the localized 404 page, the API and Next's files.
 */
const RENDERED_NONCE = 'AbCdEfGhIjKlMnOpQrStUw=='
const page = (nonce?: string) => {
  const n = nonce ? ` nonce="${nonce}"` : ''
  return (
    `<!DOCTYPE html><html><head><link rel="preload" as="script"${n} href="/_next/a.js"><link rel="preload" as="script" fetchPriority="low" href="/_next/b.js"><link rel="stylesheet" href="/_next/c.css"><script src="/_next/a.js"${n} async=""></script></head>` +
    `<body><h1>Xocalı soyqırımı — Ходжалы</h1><p>a &lt;script&gt; in text</p><script${n}>self.__next_f.push([1,"\\u003cscript"])</script>` +
    `<script${n} id="_R_">boot()</script><script type="application/ld+json">{"a":1}</script>${'<p>filler text for compression</p>'.repeat(100)}</body></html>`
  )
}

/** What the stand-in for Next saw of each request, by path. */
const seen = new Map<string, http.IncomingHttpHeaders & { url?: string }>()

function writeInChunks(response: http.ServerResponse, html: string) {
  const bytes = Buffer.from(html)
  const cuts = [html.indexOf('<script') + 4, Buffer.from(html.slice(0, html.indexOf('ı'))).length + 1, html.indexOf('id="_R_"') + 2].sort((a, b) => a - b)
  let from = 0
  for (const cut of cuts) {
    response.write(bytes.subarray(from, cut))
    from = cut
  }
  response.end(bytes.subarray(from))
}

async function standInForNext(request: http.IncomingMessage, response: http.ServerResponse) {
  const url = request.url ?? '/'
  seen.set(url.split('?')[0], { ...request.headers, url })
  // Next strips the RSC headers from a request for a statically generated page before rendering it (the
  // app page runtime's stripFlightHeaders), its prefetch headers among them.
  for (const name of ['rsc', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-router-state-tree', 'next-url']) delete request.headers[name]
  const html = (status: number, cacheControl: string, etag?: string) => {
    response.statusCode = status
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.setHeader('cache-control', cacheControl)
    response.setHeader('x-content-type-options', 'nosniff')
    if (etag) response.setHeader('etag', etag)
  }
  const requestNonce = /'nonce-([^']+)'/.exec(String(request.headers['content-security-policy']))?.[1]
  switch (url.split('?')[0]) {
    case '/az/news/rendered':
      html(200, 's-maxage=60, stale-while-revalidate=31535940', '"rendered-1"')
      return writeInChunks(response, page(RENDERED_NONCE))
    case '/en/news/prerendered':
      html(200, 's-maxage=60, stale-while-revalidate=31535940', '"prerendered-1"')
      return writeInChunks(response, page())
    case '/az/search':
      html(200, 'private, no-cache, no-store, max-age=0, must-revalidate')
      return writeInChunks(response, page(requestNonce))
    case '/ru/news/missing':
    case '/en/news/renamed':
    case '/en/news/lookup-fails':
      html(404, 's-maxage=60, stale-while-revalidate=31535940', '"default-404"')
      return response.end('<!DOCTYPE html><html><body><script>drawTheNotFoundPage()</script></body></html>')
    case '/az/news/broken':
      html(500, 'private, no-cache, no-store, max-age=0, must-revalidate')
      return response.end('<!DOCTYPE html><html><body>Internal Server Error</body></html>')
    case '/az/remembrance':
    case '/az/news/paged/2':
      html(200, 's-maxage=60', `"${url.length}"`)
      return response.end(page(requestNonce))
    case '/api/cannot-start':
      // Payload's REST handler while Payload cannot initialise (its database is unreachable at boot), gzipped
      // by Next for a client that accepts it.
      response.writeHead(500, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      return response.end(zlib.gzipSync(JSON.stringify({ message: 'There was an error initializing Payload' })))
    case '/api/fails':
      response.writeHead(500, { 'content-type': 'application/json' })
      return response.end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
    default:
      if (/^\/(az|en|ru)\/page-not-found$/.test(url)) {
        html(200, 's-maxage=60, stale-while-revalidate=31535940', '"nf"')
        return response.end(`<!DOCTYPE html><html lang="${url.split('/')[1]}"><body><h1>not found in ${url.split('/')[1]}</h1><script nonce="${requestNonce}">x()</script></body></html>`)
      }
      response.setHeader('content-type', 'application/json')
      return response.end(JSON.stringify({ acceptEncoding: request.headers['accept-encoding'] ?? null, forwardedFor: request.headers['x-forwarded-for'] ?? null }))
  }
}

let server: http.Server
let base = ''
/** The views the pipeline counted. */
const counted: ArticleView[] = []
/** The paths the pipeline asked the app about before a 404, and what the stand-in for the app answers. */
const lookedUp: string[] = []
const REDIRECTS: Record<string, FoundRedirect> = {
  '/en/news/renamed': { path: '/en/news/new-name', search: '', status: 308 },
  '/old-page': { path: '/az/remembrance', search: '?from=old', status: 302 },
  '/az/kohne/bolme': { path: '/az/news/rendered', search: '', status: 301 },
}
async function findRedirect(path: string): Promise<FoundRedirect | null> {
  lookedUp.push(path)
  if (path === '/en/news/lookup-fails') throw new Error('the app is down')
  return REDIRECTS[path] ?? null
}

beforeAll(async () => {
  server = http.createServer()
  const fetchNotFound = async (locale: Locale) => {
    const answer = await fetch(`${base}/${locale}/page-not-found`, { headers: { 'accept-encoding': 'identity' } })
    return { headers: answer.headers, body: Buffer.from(await answer.arrayBuffer()) }
  }
  server.on('request', createRequestListener(standInForNext, { fetchNotFound, findRedirect, isInternal: () => true, countView: (view) => counted.push(view) }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** One request with node:http, so that the body arrives exactly as sent (fetch would decompress it). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
      .end()
  })
}

const policyNonce = (headers: http.IncomingHttpHeaders) => /'nonce-([^']+)'/.exec(String(headers['content-security-policy']))?.[1]

function expectEveryScriptNonced(html: string, nonce: string | undefined) {
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  const scripts = html.match(/<script\b[^>]*>/g) ?? []
  expect(scripts).toHaveLength(4)
  for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`)
  expect(html).toContain(`<link nonce="${nonce}" rel="preload" as="script" fetchPriority="low" href="/_next/b.js">`)
  expect(html).toContain('<link rel="stylesheet" href="/_next/c.css">')
  // Text and the escaped payload are untouched, letters included.
  expect(html).toContain('<h1>Xocalı soyqırımı — Ходжалы</h1><p>a &lt;script&gt; in text</p>')
  expect(html).toContain('"\\u003cscript"')
}

describe('a page Next serves from its cache', () => {
  it('keeps the nonce it was rendered with, on every script and in the policy, for every reader', async () => {
    const first = await get('/az/news/rendered')
    const second = await get('/az/news/rendered')
    expect(policyNonce(first.headers)).toBe(RENDERED_NONCE)
    expect(policyNonce(second.headers)).toBe(RENDERED_NONCE)
    expectEveryScriptNonced(first.body.toString(), RENDERED_NONCE)
    expect(second.body.equals(first.body)).toBe(true)
    expect(first.headers.etag).toMatch(/^W\/"[\w-]{32}"$/)
    expect(second.headers.etag).toBe(first.headers.etag)
    expect(first.headers['content-length']).toBe(String(first.body.length))
  })

  it('gives a page prerendered at build (no nonce) one nonce of its own, the same on every request', async () => {
    const first = await get('/en/news/prerendered')
    const second = await get('/en/news/prerendered')
    const nonce = policyNonce(first.headers)
    expectEveryScriptNonced(first.body.toString(), nonce)
    expect(policyNonce(second.headers)).toBe(nonce)
    expect(second.body.equals(first.body)).toBe(true)
  })

  it('answers 304 to a browser holding these very bytes, with the policy its copy runs under', async () => {
    const { headers } = await get('/az/news/rendered')
    const revalidated = await get('/az/news/rendered', { 'if-none-match': String(headers.etag) })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body.length).toBe(0)
    expect(revalidated.headers.etag).toBe(headers.etag)
    expect(policyNonce(revalidated.headers)).toBe(RENDERED_NONCE)
    // Next itself never sees the browser's validators: it would answer 304 for bytes with another nonce.
    expect(seen.get('/az/news/rendered')?.['if-none-match']).toBeUndefined()
  })

  it('answers the full page to a browser holding other bytes (another render, server or nonce)', async () => {
    for (const etag of ['W/"somethingelse"', '"rendered-1"']) {
      const response = await get('/az/news/rendered', { 'if-none-match': etag })
      expect(response.status).toBe(200)
      expectEveryScriptNonced(response.body.toString(), policyNonce(response.headers))
    }
  })

  it('compresses the stamped page as the reader accepts: brotli, else gzip, else none', async () => {
    const plain = await get('/az/news/rendered')
    const br = await get('/az/news/rendered', { 'accept-encoding': 'gzip, deflate, br' })
    const gzip = await get('/az/news/rendered', { 'accept-encoding': 'gzip;q=1, br;q=0' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(br.headers['content-encoding']).toBe('br')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    expect(br.body.length).toBeLessThan(plain.body.length / 3)
    expect(br.headers['content-length']).toBe(String(br.body.length))
    for (const response of [plain, br, gzip]) expect(String(response.headers.vary)).toMatch(/Accept-Encoding/i)
    // Next hands over plain HTML, so that the nonce can be set before compressing.
    expect(seen.get('/az/news/rendered')?.['accept-encoding']).toBeUndefined()
  })

  it('answers HEAD with the page’s headers and no body', async () => {
    const response = await get('/az/news/rendered', {}, 'HEAD')
    expect(response.status).toBe(200)
    expect(response.body.length).toBe(0)
    expect(policyNonce(response.headers)).toBeDefined()
  })
})

describe('a page rendered for each request', () => {
  it('carries this request’s nonce and no ETag', async () => {
    const first = await get('/az/search')
    const second = await get('/az/search')
    expectEveryScriptNonced(first.body.toString(), policyNonce(first.headers))
    expect(policyNonce(second.headers)).not.toBe(policyNonce(first.headers))
    expect(first.headers.etag).toBeUndefined()
  })
})

describe('routing', () => {
  it('sends "/" to the reader’s language: the cookie, then Accept-Language, then az', async () => {
    expect((await get('/', { 'accept-language': 'ru-RU,ru;q=0.9' })).headers.location).toBe('/ru')
    expect((await get('/?utm=x', { cookie: 'NEXT_LOCALE=en', 'accept-language': 'ru' })).headers.location).toBe('/en?utm=x')
    const plain = await get('/')
    expect(plain.status).toBe(307)
    expect(plain.headers.location).toBe('/az')
    expect(plain.headers['x-content-type-options']).toBe('nosniff')
  })

  it('renders ?page=N of a paged route as its own cached page', async () => {
    const response = await get('/az/news/paged?page=2')
    expect(response.status).toBe(200)
    expect(seen.get('/az/news/paged/2')?.url).toBe('/az/news/paged/2')
  })

  it('answers paths of no page of ours with the localized 404 page, in the reader’s language when the path has none', async () => {
    for (const [path, locale] of [['/de/x', 'en'], ['/az/news/a/b', 'az'], ['/az/news/x?page=abc', 'az'], ['/az/page-not-found', 'az']] as const) {
      const response = await get(path, { 'accept-language': 'en' })
      expect([path, response.status]).toEqual([path, 404])
      expect(response.body.toString()).toContain(`<h1>not found in ${locale}</h1>`)
    }
  })

  it('answers a slug nothing is published under with the localized 404 page, not Next’s client-drawn one', async () => {
    const response = await get('/ru/news/missing')
    expect(response.status).toBe(404)
    const html = response.body.toString()
    expect(html).toContain('<h1>not found in ru</h1>')
    expect(html).toContain(`<script nonce="${policyNonce(response.headers)}">`)
    expect(response.headers.etag).toBeUndefined()
  })

  it('remembers the language read in (next-intl’s cookie) when the reader’s cookie names another', async () => {
    expect((await get('/az/remembrance')).headers['set-cookie']).toEqual(['NEXT_LOCALE=az; Path=/; SameSite=lax'])
    expect((await get('/az/remembrance', { cookie: 'NEXT_LOCALE=az' })).headers['set-cookie']).toBeUndefined()
  })
})

describe('counting readers’ views of articles', () => {
  const BROWSER = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' }
  const viewsAfter = async (requests: () => Promise<unknown>) => {
    counted.length = 0
    await requests()
    return [...counted]
  }

  it('counts an article page Next answered, whether it was rendered, prepared already or answered 304', async () => {
    const { headers } = await get('/az/news/rendered', BROWSER)
    expect(
      await viewsAfter(async () => {
        await get('/az/news/rendered', BROWSER)
        expect((await get('/az/news/rendered', { ...BROWSER, 'if-none-match': String(headers.etag) })).status).toBe(304)
        await get('/en/news/prerendered', BROWSER)
      }),
    ).toEqual([
      { locale: 'az', slug: 'rendered' },
      { locale: 'az', slug: 'rendered' },
      { locale: 'en', slug: 'prerendered' },
    ])
  })

  it('counts a client-side navigation (RSC) but not a prefetch, although Next strips their headers before answering', async () => {
    expect(
      await viewsAfter(async () => {
        await get('/az/news/rendered?_rsc=a', { ...BROWSER, rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' })
        await get('/az/news/rendered?_rsc=b', { ...BROWSER, rsc: '1', 'next-router-state-tree': '%5B%5D' })
      }),
    ).toEqual([{ locale: 'az', slug: 'rendered' }])
  })

  it('counts no 404 (a missing slug), failure, robot, HEAD or later page of reviews', async () => {
    expect(
      await viewsAfter(async () => {
        await get('/ru/news/missing', BROWSER)
        await get('/az/news/broken', BROWSER)
        await get('/az/news/paged?page=2', BROWSER)
        await get('/az/news/rendered', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' })
        await get('/az/news/rendered')
        await get('/az/news/rendered', BROWSER, 'HEAD')
      }),
    ).toEqual([])
  })
})

describe('a page that cannot be rendered', () => {
  it('is answered 503 in its language, with Retry-After, never cached, and nothing of the error', async () => {
    const response = await get('/az/news/broken')
    expect(response.status).toBe(503)
    expect(response.headers['retry-after']).toBe('30')
    expect(response.headers['cache-control']).toBe('no-store')
    const html = response.body.toString()
    expect(html).toContain('<html lang="az">')
    expect(html).not.toContain('Internal Server Error')
    expect(html).not.toContain('<script')
  })
})

describe('everything else', () => {
  it('reaches Next as sent, with the peer’s address appended to X-Forwarded-For', async () => {
    const body = JSON.parse((await get('/api/anything', { 'accept-encoding': 'gzip', 'x-forwarded-for': '6.6.6.6' })).body.toString())
    expect(body).toEqual({ acceptEncoding: 'gzip', forwardedFor: '6.6.6.6, 127.0.0.1' })
    expect(JSON.parse((await get('/_next/static/chunk.js', { 'accept-encoding': 'br' })).body.toString()).acceptEncoding).toBe('br')
  })

  it('answers 503 with Retry-After for the API while Payload cannot start, and leaves its other errors alone', async () => {
    const unavailable = await get('/api/cannot-start')
    expect(unavailable.status).toBe(503)
    expect(unavailable.headers['retry-after']).toBe('30')
    expect(unavailable.body.toString()).not.toContain('initializing')
    const failed = await get('/api/fails')
    expect(failed.status).toBe(500)
    expect(JSON.parse(failed.body.toString())).toEqual({ errors: [{ message: 'Something went wrong.' }] })
  })

  it('refuses what the guard refuses before Next sees it', async () => {
    const response = await get('/api/anything', {}, 'PROPFIND')
    expect(response.status).toBe(405)
    expect(seen.has('/api/anything')).toBe(true) // from the test above, not this request
  })
})

describe('a path about to be answered 404', () => {
  it('redirects an old slug, asked once, keeping the request’s query, with the security headers and a short cache', async () => {
    lookedUp.length = 0
    const response = await get('/en/news/renamed?utm=feed')
    expect(response.status).toBe(308)
    expect(response.headers.location).toBe('/en/news/new-name?utm=feed')
    expect(response.headers['cache-control']).toBe('public, max-age=300')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['content-security-policy']).toBeUndefined()
    expect(response.body.length).toBe(0)
    expect(lookedUp).toEqual(['/en/news/renamed'])
  })

  it('redirects a path of no page’s shape before rendering anything, a temporary code never cached', async () => {
    seen.delete('/az/page-not-found')
    const response = await get('/old-page?utm=x')
    expect(response.status).toBe(302)
    expect(response.headers.location).toBe('/az/remembrance?from=old')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(seen.has('/az/page-not-found')).toBe(false)
    const permanent = await get('/az/kohne/bolme')
    expect([permanent.status, permanent.headers.location]).toEqual([301, '/az/news/rendered'])
  })

  it('costs a page that exists no lookup, and leaves other methods’ 404 alone', async () => {
    lookedUp.length = 0
    expect((await get('/az/news/rendered')).status).toBe(200)
    expect((await get('/en/news/renamed', {}, 'POST')).status).toBe(404)
    expect(lookedUp).toEqual([])
  })

  it('answers the 404 page as before when nothing leads anywhere or the lookup fails', async () => {
    for (const path of ['/ru/news/missing', '/en/news/lookup-fails', '/nowhere']) {
      const response = await get(path)
      expect(response.status).toBe(404)
      expect(response.body.toString()).toContain('<h1>not found in')
    }
  })
})
