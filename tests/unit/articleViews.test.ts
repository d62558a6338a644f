import type { IncomingHttpHeaders } from 'node:http'

import { describe, expect, it } from '@jest/globals'

import { MAX_PENDING_ARTICLES, PendingViews } from '@/lib/views/viewCounts'
import { handOverViewsPeriodically } from '@/server/viewFlush'
import { articleViewOf, type AnsweredPage } from '@/server/views'

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'

const answered = (overrides: Partial<AnsweredPage> & { headers?: IncomingHttpHeaders } = {}): AnsweredPage => ({
  method: 'GET',
  path: '/az/news/xocali-soyqirimi',
  status: 200,
  ...overrides,
  headers: { 'user-agent': BROWSER, ...overrides.headers },
})

describe('which page answers are a reader’s view of an article (server/views.ts)', () => {
  it('counts a browser’s GET of an article answered 200, in its language, by its slug', () => {
    expect(articleViewOf(answered())).toEqual({ locale: 'az', slug: 'xocali-soyqirimi' })
    expect(articleViewOf(answered({ path: '/ru/news/khodzhaly' }))).toEqual({ locale: 'ru', slug: 'khodzhaly' })
    // Another visit of a browser that holds the page (the server answers 304): Next answered 200.
    expect(articleViewOf(answered({ headers: { 'if-none-match': 'W/"x"', cookie: 'NEXT_LOCALE=az' } }))).not.toBeNull()
  })

  it('counts a client-side navigation (the RSC payload without a prefetch header)', () => {
    expect(articleViewOf(answered({ headers: { rsc: '1', 'next-router-state-tree': '%5B%5D', 'next-url': '/az' } }))).toEqual({ locale: 'az', slug: 'xocali-soyqirimi' })
  })

  it('does not count prefetches: Next’s (RSC with Next-Router-Prefetch or a segment prefetch), the browser’s', () => {
    for (const headers of [
      { rsc: '1', 'next-router-prefetch': '1' },
      { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' },
      { 'sec-purpose': 'prefetch' },
      { 'sec-purpose': 'prefetch;prerender' },
      { purpose: 'prefetch' },
      { 'x-moz': 'prefetch' },
    ]) {
      expect([headers, articleViewOf(answered({ headers }))]).toEqual([headers, null])
    }
  })

  it('does not count robots (isbot) or a request without a User-Agent', () => {
    for (const userAgent of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'curl/8.5.0', 'node', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36', '', '  ']) {
      expect([userAgent, articleViewOf(answered({ headers: { 'user-agent': userAgent } }))]).toEqual([userAgent, null])
    }
    expect(articleViewOf({ ...answered(), headers: {} })).toBeNull()
  })

  it('does not count staff previewing drafts (Next’s draft-mode cookie)', () => {
    expect(articleViewOf(answered({ headers: { cookie: 'NEXT_LOCALE=az; __prerender_bypass=abc; payload-token=x' } }))).toBeNull()
    expect(articleViewOf(answered({ headers: { cookie: '__prerender_bypass=abc' } }))).toBeNull()
  })

  it('counts only 200: never a 404 (a made-up slug), an error or a redirect', () => {
    for (const status of [404, 500, 503, 307, 304]) expect([status, articleViewOf(answered({ status }))]).toEqual([status, null])
  })

  it('counts only GET: not HEAD, nor a review form’s POST', () => {
    for (const method of ['HEAD', 'POST', undefined]) expect([method, articleViewOf(answered({ method }))]).toEqual([method, null])
  })

  it('counts only an article’s first page: not its reviews’ later pages, other pages or malformed slugs', () => {
    for (const path of ['/az/news/xocali-soyqirimi/2', '/az/remembrance/xocali', '/az/category/tarix', '/az', '/de/news/x', '/az/news/Not_A_Slug', '/az/news/', '/az/page-not-found']) {
      expect([path, articleViewOf(answered({ path }))]).toEqual([path, null])
    }
  })
})

describe('the pending counts (lib/views/viewCounts.ts)', () => {
  it('keeps one number per language and slug and hands them over once', () => {
    const pending = new PendingViews()
    pending.add('az', 'a')
    pending.add('az', 'a')
    pending.add('en', 'a')
    expect(pending.take()).toEqual([
      { locale: 'az', slug: 'a', count: 2 },
      { locale: 'en', slug: 'a', count: 1 },
    ])
    expect(pending.take()).toEqual([])
  })

  it('never keeps more than MAX_PENDING_ARTICLES articles, while those it keeps go on counting', () => {
    const pending = new PendingViews()
    for (let n = 0; n < MAX_PENDING_ARTICLES + 50; n++) pending.add('az', `a-${n}`)
    pending.add('az', 'a-0')
    expect(pending.size).toBe(MAX_PENDING_ARTICLES)
    expect(pending.take().find((view) => view.slug === 'a-0')?.count).toBe(2)
  })

  it('keeps what a failed hand-over could not deliver for the next one', async () => {
    const pending = new PendingViews()
    pending.add('az', 'a')
    let fail = true
    const delivered: unknown[] = []
    const handOver = handOverViewsPeriodically(pending, async (views) => {
      if (fail) throw new Error('connection refused')
      delivered.push(...views)
    }, { VIEWS_FLUSH_SECONDS: '3600' })
    const quiet = console.error
    console.error = () => undefined
    try {
      await handOver()
    } finally {
      console.error = quiet
    }
    pending.add('az', 'a')
    fail = false
    await handOver()
    expect(delivered).toEqual([{ locale: 'az', slug: 'a', count: 2 }])
    expect(pending.size).toBe(0)
  })
})
