import { spawn } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

/**
 * A real HTTP server with scripts/csp-nonce.mjs preloaded, in its own process (the preload patches Node's
 * http module). Its routes answer the way Next does for a cached page: headers first (sometimes with a
 * length), then the HTML in chunks that cut tags and multi-byte letters apart, carrying the nonce of the
 * request that rendered it.
 */
const SERVER = `
  import http from 'node:http'
  const page = '<!DOCTYPE html><html><head><link rel="preload" as="script" nonce="OLD" href="/_next/a.js"><link rel="preload" as="script" fetchPriority="low" href="/_next/b.js"><link rel="stylesheet" href="/_next/c.css"><script src="/_next/a.js" async=""></script></head>'
    + '<body><h1>Xocalı soyqırımı — Ходжалы</h1><p>a &lt;script&gt; in text</p><script>self.__next_f.push([1,"\\\\u003cscript"])</script>'
    + '<script nonce="OLD" id="_R_">boot()</script><script type="application/ld+json">{"a":1}</script></body></html>'
  const server = http.createServer((req, res) => {
    const policy = "default-src 'self'; script-src 'self' 'nonce-" + req.headers['x-test-nonce'] + "' 'strict-dynamic'"
    if (req.url === '/json') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-security-policy': policy })
      return res.end(JSON.stringify({ html: '<script nonce="OLD">' }))
    }
    if (req.url.startsWith('/_next/') || req.url === '/encoding') return res.end(String(req.headers['accept-encoding'] ?? 'none'))
    // Like Next: an unchanged cached page answers a revalidation with 304 and no body.
    if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { etag: '"v1"', 'content-security-policy': policy }); return res.end() }
    const bytes = Buffer.from(page)
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': bytes.length, etag: '"v1"', 'content-security-policy': policy })
    res.flushHeaders()
    // Cut inside "<script", inside "Xocalı" (ı is two bytes) and inside an attribute.
    const cuts = [page.indexOf('<script') + 4, Buffer.from(page.slice(0, page.indexOf('ı'))).length + 1, page.indexOf('id="_R_"') + 2]
    let from = 0
    for (const cut of cuts.sort((a, b) => a - b)) { res.write(bytes.subarray(from, cut)); from = cut }
    res.end(bytes.subarray(from))
  })
  server.listen(0, '127.0.0.1', () => console.log(server.address().port))
`

let child: ReturnType<typeof spawn>
let base = ''

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', path.resolve('scripts/csp-nonce.mjs'), '--input-type=module', '-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<string>((resolve) => child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())))
  base = `http://127.0.0.1:${port}`
})

afterAll(() => {
  child.kill()
})

const NONCE = 'AbCdEfGhIjKlMnOpQrStUw=='
const get = (p: string, headers: Record<string, string> = {}) => fetch(`${base}${p}`, { headers: { 'x-test-nonce': NONCE, ...headers } })

describe('the CSP nonce preload', () => {
  it('puts the response’s nonce on every script tag and script preload of a cached page, and nowhere else', async () => {
    const response = await get('/az/news/some-article')
    const html = await response.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts).toHaveLength(4)
    for (const tag of scripts) expect(tag).toContain(` nonce="${NONCE}"`)
    expect(html).toContain(`<link nonce="${NONCE}" rel="preload" as="script" href="/_next/a.js">`)
    // A page prerendered at build has no nonce anywhere: its script preloads get one too, stylesheets not.
    expect(html).toContain(`<link nonce="${NONCE}" rel="preload" as="script" fetchPriority="low" href="/_next/b.js">`)
    expect(html).toContain('<link rel="stylesheet" href="/_next/c.css">')
    expect(html).not.toContain('OLD')
    // Text and the escaped payload are untouched, letters included.
    expect(html).toContain('<h1>Xocalı soyqırımı — Ходжалы</h1><p>a &lt;script&gt; in text</p>')
    expect(html).toContain('"\\u003cscript"')
    // The old length no longer holds (sent chunked), nor does the tag of the old bytes.
    expect(response.headers.get('content-length')).toBeNull()
    expect(response.headers.get('etag')).toBeNull()
  })

  it('never lets a browser revalidate a page into 304: its cached HTML carries another response’s nonce', async () => {
    const response = await get('/az/news/some-article', { 'if-none-match': '"v1"' })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(`nonce="${NONCE}"`)
  })

  it('leaves other responses as they are', async () => {
    const body = (await (await get('/json')).json()) as { html: string }
    expect(body.html).toBe('<script nonce="OLD">')
  })

  it('keeps compression for Next’s files and takes it off pages, whose HTML it must read', async () => {
    expect(await (await get('/_next/static/chunk.js', { 'accept-encoding': 'gzip' })).text()).toBe('gzip')
    expect(await (await get('/encoding', { 'accept-encoding': 'gzip' })).text()).toBe('none')
  })
})
