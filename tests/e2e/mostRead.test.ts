import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser } from 'playwright-core'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/**
 * "Most read" over HTTP: the server counts readers' views of articles (server/views.ts), hands them to the
 * app every VIEWS_FLUSH_SECONDS (1 s for the e2e portal, globalSetup.mjs) and the home page lists them.
 * Its own articles, newly published, so no other test's articles are touched; other tests' requests come
 * from Node's fetch or headless Chromium, which count as robots, so only this file's views are counted.
 */

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
// The reader already reads in Azerbaijani: the language cookie (server/routing.ts) is not set again.
const READER = { 'user-agent': BROWSER, cookie: 'NEXT_LOCALE=az' }

const json = { 'content-type': 'application/json' }
let token = ''
const asAdmin = () => ({ ...json, authorization: `JWT ${token}` })

type Article = { id: number; slug: string }

async function publish(title: string): Promise<Article> {
  const response = await get('/api/articles?locale=az', { method: 'POST', headers: asAdmin(), body: JSON.stringify({ title, _status: 'published' }) })
  const { doc } = (await response.json()) as { doc: Article }
  return doc
}

/** The article's views in its hourly buckets (Azerbaijani), as staff read them over the API. */
async function hourlyViews(article: Article): Promise<number> {
  const response = await get(`/api/article-views?depth=0&limit=100&where[article][equals]=${article.id}&where[period][equals]=hour`, { headers: asAdmin() })
  const { docs } = (await response.json()) as { docs: { count: number }[] }
  return docs.reduce((sum, doc) => sum + doc.count, 0)
}

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return value
}

/** The links of the home page's "last 24 hours" list, in order. */
async function lastDayList(): Promise<string[]> {
  const html = await (await get('/az')).text()
  const list = /<h3[^>]*>Son 24 saat<\/h3><ol>(.*?)<\/ol>/.exec(html)?.[1] ?? ''
  return [...list.matchAll(/href="([^"]+)"/g)].map((match) => match[1])
}

let read: Article
let ignored: Article

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  const unique = randomUUID().slice(0, 8)
  ignored = await publish(`Robotların oxuduğu xəbər ${unique}`)
  read = await publish(`Ən çox oxunan xəbər ${unique}`)
})

describe('"Most read"', () => {
  it('counts nothing from robots, scripts without a User-Agent, prefetches, HEAD or staff previewing', async () => {
    const path = `/az/news/${ignored.slug}`
    for (const [method, headers] of [
      ['GET', { 'user-agent': GOOGLEBOT }],
      ['GET', { 'user-agent': '' }],
      ['GET', { ...READER, rsc: '1', 'next-router-prefetch': '1' }],
      ['GET', { ...READER, 'sec-purpose': 'prefetch' }],
      ['HEAD', READER],
      ['GET', { ...READER, cookie: 'NEXT_LOCALE=az; __prerender_bypass=staff' }],
    ] as const) {
      expect((await get(path, { method, headers })).status).toBeLessThan(400)
    }
    // Counted after these: once they reach the list, these would have too.
    for (let n = 0; n < 3; n++) await get(`/az/news/${read.slug}`, { headers: READER })
    await until('the read article’s views', () => hourlyViews(read), (views) => views >= 3)
    expect(await hourlyViews(ignored)).toBe(0)
  })

  it('puts the article read most in the last 24 hours first on the home page, counting cached answers and 304s', async () => {
    const path = `/az/news/${read.slug}`
    const before = await hourlyViews(read)
    const first = await get(path, { headers: READER })
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    expect((await get(path, { headers: { ...READER, 'if-none-match': etag! } })).status).toBe(304)
    for (let n = 0; n < 3; n++) expect((await get(path, { headers: READER })).headers.get('x-nextjs-cache')).toBe('HIT')
    await until('the views of five answers', () => hourlyViews(read), (views) => views === before + 5)
    await until('the home page’s "last 24 hours"', lastDayList, (links) => links[0] === path)
  })

  it('sets no cookie to count a reader', async () => {
    const before = await hourlyViews(read)
    const response = await get(`/az/news/${read.slug}`, { headers: READER })
    expect(response.status).toBe(200)
    expect(response.headers.getSetCookie()).toEqual([])
    await until('the view', () => hourlyViews(read), (views) => views === before + 1)
  })

  it('counts a client-side navigation to an article (Next fetches its RSC payload), not the prefetch before it', async () => {
    const browser: Browser = await chromium.launch(launchOptions)
    try {
      const context = await browser.newContext({ userAgent: BROWSER })
      const page = await context.newPage()
      // Next prefetches the link (its route tree and segments, with Next-Router-Prefetch), then navigates by
      // fetching the page's RSC payload: one view. (Next strips these headers before answering: server/pipeline.ts.)
      const prefetches: string[] = []
      page.on('request', (request) => {
        if (request.url().includes(`/az/news/${read.slug}`) && request.headers()['next-router-prefetch']) prefetches.push(request.url())
      })
      // The article's prefetches are held until the navigation has sent its own request: a prefetch finished
      // before the click (as happens on a busy machine) would otherwise leave the navigation nothing to fetch.
      let releasePrefetches = () => {}
      const navigated = new Promise<void>((resolve) => (releasePrefetches = resolve))
      await page.route(`**/az/news/${read.slug}**`, async (route) => {
        if (route.request().headers()['next-router-prefetch']) await navigated
        await route.continue()
      })
      await page.goto(`${baseURL()}/az`)
      const before = await hourlyViews(read)
      const navigation = page.waitForRequest((request) => request.url().includes(`/az/news/${read.slug}`) && !request.headers()['next-router-prefetch'])
      await page.click(`a[href="/az/news/${read.slug}"]`)
      await navigation
      releasePrefetches()
      await page.waitForURL(`**/az/news/${read.slug}`)
      await until('the navigation’s view', () => hourlyViews(read), (views) => views >= before + 1)
      expect(prefetches.length).toBeGreaterThan(0)
      expect(await hourlyViews(read)).toBe(before + 1)
    } finally {
      await browser.close()
    }
  })
})

describe('the hand-over of counts', () => {
  it('is not reachable from outside: without the server’s token, or with a guessed one, it is a 404', async () => {
    const body = JSON.stringify({ views: [{ locale: 'az', slug: read.slug, count: 1000 }] })
    const before = await hourlyViews(read)
    for (const headers of [json, { ...json, 'x-portal-internal': randomUUID() }, { ...asAdmin(), 'x-portal-internal': '' }]) {
      const response = await get('/api/article-views/record', { method: 'POST', headers, body })
      expect(response.status).toBe(404)
    }
    expect(await hourlyViews(read)).toBe(before)
  })
})

afterAll(async () => {
  // The fixtures leave the shared portal's lists as other tests found them: unpublished, never listed.
  for (const article of [read, ignored]) if (article) await get(`/api/articles/${article.id}?locale=az`, { method: 'PATCH', headers: asAdmin(), body: JSON.stringify({ _status: 'draft' }) })
})
