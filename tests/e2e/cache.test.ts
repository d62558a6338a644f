import http from 'node:http'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, baseURL, get } from './env'

/**
 * Reader pages come from Next's cache (prerendered or rendered once). Each render has one nonce, on all its
 * scripts and in the policy it is served with, whoever asks (server/pages.ts); the page goes out compressed
 * and answers 304 to a browser holding the same bytes. Timings are the benchmark's business
 * (`npm run bench`), not the tests'.
 */

async function served(path: string) {
  const response = await get(path)
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    nonce: /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1],
    etag: response.headers.get('etag'),
    html: await response.text(),
  }
}

/**
 * Two answers in a row from one render. A page rendered more than its minute ago (revalidate = 60: earlier tests may
 * have rendered it) is answered STALE once while Next renders it again behind the reader, and the next answer may
 * then come from either render: such a pair is asked again, once the new render is in.
 */
async function servedTwice(path: string) {
  for (let attempt = 1; ; attempt++) {
    const pair = [await served(path), await served(path)]
    if (!pair.some((answer) => answer.cache === 'STALE') || attempt === 5) return pair
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

describe('the page cache', () => {
  it('serves an article, the home page and a section from the cache, with the nonce of their render on every script', async () => {
    const { docs } = (await (await get('/api/articles?locale=en&limit=1&depth=0&sort=publishedAt&where[slug][exists]=true')).json()) as { docs: { slug: string }[] }
    const { docs: sections } = (await (await get('/api/categories?locale=az&limit=1&depth=0')).json()) as { docs: { slug: string }[] }
    for (const path of [`/en/news/${docs[0].slug}`, '/az', `/az/category/${sections[0].slug}`]) {
      const [first, second] = await servedTwice(path)
      expect([first.status, second.status]).toEqual([200, 200])
      expect(second.cache).toBe('HIT')
      expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      // The same cached bytes for every reader: the same nonce, the same ETag.
      expect(second.nonce).toBe(first.nonce)
      expect(second.html).toBe(first.html)
      for (const { html, nonce } of [first, second]) {
        const scripts = html.match(/<script\b[^>]*>/g) ?? []
        expect(scripts.length).toBeGreaterThan(3)
        expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([])
        // Script preloads too (a page prerendered at build has none of its own): else the browser blocks them.
        const preloads = html.match(/<link\b[^>]*\bas="script"[^>]*>/g) ?? []
        expect(preloads.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([])
      }
      expect(second.etag).toMatch(/^W\/"[\w-]+"$/)
      expect(second.etag).toBe(first.etag)
    }
  })

  it('caches each page of a paged list on its own: ?page=N is rewritten, not read per request', async () => {
    const { docs } = (await (await get('/api/categories?locale=az&limit=1&depth=0')).json()) as { docs: { slug: string }[] }
    const path = `/az/category/${docs[0].slug}`
    const [, second] = await servedTwice(`${path}?page=1`)
    expect(second.cache).toBe('HIT')
    // Direct use of the internal page segment is not a page of ours.
    expect((await get(`${path}/2`)).status).toBe(404)
  })
})

/** One request with node:http: the body exactly as sent, compressed or not (fetch would decompress it). */
function raw(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${baseURL()}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

const nonceOf = (headers: http.IncomingHttpHeaders) => /'nonce-([^']+)'/.exec(String(headers['content-security-policy']))?.[1]

describe('a cached page on the wire', () => {
  const stamp = Date.now().toString(36)
  const json = { 'content-type': 'application/json' }
  let token = ''
  let article = { id: 0, slug: '' }
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await get(`/api${path}`, { method, headers: { ...json, authorization: `JWT ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) })
    expect([method, path, response.status]).toEqual([method, path, method === 'POST' ? 201 : 200])
    return (await response.json()) as { doc: { id: number; slug: string } }
  }

  beforeAll(async () => {
    const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
    token = ((await login.json()) as { token: string }).token
    const { doc } = await api('POST', '/articles?locale=az', { title: `Keş sınağı ${stamp}`, standfirst: 'Sıxılmış səhifə.', _status: 'published' })
    article = { id: doc.id, slug: doc.slug }
  })

  afterAll(async () => {
    if (article.id) await api('DELETE', `/articles/${article.id}`)
  })

  it('is compressed after its nonce is set: brotli or gzip as the browser accepts, each the same page', async () => {
    const path = `/az/news/${article.slug}`
    await raw(path) // rendered and cached
    const plain = await raw(path)
    const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' })
    const gzip = await raw(path, { 'accept-encoding': 'gzip' })
    expect([plain.status, br.status, gzip.status]).toEqual([200, 200, 200])
    expect([plain.headers['content-encoding'], br.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual([undefined, 'br', 'gzip'])
    const html = plain.body.toString()
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(html)
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(html)
    // The nonce in the HTML is the policy's, compressed or not.
    const nonce = nonceOf(br.headers)
    expect(nonceOf(plain.headers)).toBe(nonce)
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(3)
    expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([])
    expect(br.body.length).toBeLessThan(15_000)
    expect(String(br.headers.vary)).toMatch(/Accept-Encoding/i)
  })

  it('answers 304 while the browser holds the current render, and the new page once it was edited', async () => {
    const path = `/az/news/${article.slug}`
    const held = await raw(path, { 'accept-encoding': 'br' })
    const etag = String(held.headers.etag)
    const revalidated = await raw(path, { 'accept-encoding': 'br', 'if-none-match': etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body.length).toBe(0)
    expect(revalidated.headers.etag).toBe(etag)
    // The policy its held copy runs under: the held page's own nonce.
    expect(nonceOf(revalidated.headers)).toBe(nonceOf(held.headers))

    await api('PATCH', `/articles/${article.id}?locale=az`, { title: `Düzəliş ${stamp}`, _status: 'published' })
    const edited = await raw(path, { 'if-none-match': etag })
    expect(edited.status).toBe(200)
    expect(edited.body.toString()).toContain(`Düzəliş ${stamp}`)
    expect(edited.headers.etag).not.toBe(etag)
  })
})
