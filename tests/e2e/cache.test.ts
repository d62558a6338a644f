import { describe, expect, it } from '@jest/globals'

import { get } from './env'

/**
 * Reader pages come from Next's cache (prerendered or rendered once), yet every response carries its own
 * CSP nonce, on its scripts too (scripts/csp-nonce.mjs). Timings are the benchmark's business
 * (`npm run bench`), not the tests'.
 */

async function servedTwice(path: string) {
  const responses = [await get(path), await get(path)]
  return Promise.all(
    responses.map(async (response) => ({
      status: response.status,
      cache: response.headers.get('x-nextjs-cache'),
      nonce: /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1],
      etag: response.headers.get('etag'),
      html: await response.text(),
    })),
  )
}

describe('the page cache', () => {
  it('serves an article, the home page and a section from the cache, each response with a nonce of its own', async () => {
    const { docs } = (await (await get('/api/articles?locale=en&limit=1&depth=0&sort=publishedAt&where[slug][exists]=true')).json()) as { docs: { slug: string }[] }
    const { docs: sections } = (await (await get('/api/categories?locale=az&limit=1&depth=0')).json()) as { docs: { slug: string }[] }
    for (const path of [`/en/news/${docs[0].slug}`, '/az', `/az/category/${sections[0].slug}`]) {
      const [first, second] = await servedTwice(path)
      expect([first.status, second.status]).toEqual([200, 200])
      expect(second.cache).toBe('HIT')
      expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      expect(second.nonce).not.toBe(first.nonce)
      for (const { html, nonce } of [first, second]) {
        const scripts = html.match(/<script\b[^>]*>/g) ?? []
        expect(scripts.length).toBeGreaterThan(3)
        expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([])
        // Script preloads too (a page prerendered at build has none of its own): else the browser blocks them.
        const preloads = html.match(/<link\b[^>]*\bas="script"[^>]*>/g) ?? []
        expect(preloads.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([])
      }
      // A tag would let a browser revalidate into 304 and pair old HTML (old nonce) with a new policy.
      expect(second.etag).toBeNull()
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
