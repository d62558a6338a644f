import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { JSDOM } from 'jsdom'
import { chromium } from 'playwright-core'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/**
 * Article types, the breaking-news banner and embargoes over HTTP against the running portal. Pages are read
 * as HTML without running any script: what a reader without JavaScript (and a crawler) gets.
 */

const stamp = Date.now().toString(36)
const json = { 'content-type': 'application/json' }
let token = ''

type Doc = { id: number; slug: string }

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await get(`/api${path}`, {
    method,
    headers: { ...json, authorization: `JWT ${token}`, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, data: (await response.json()) as { doc?: Doc; errors?: { message: string; data?: { errors?: { message: string }[] } }[] } }
}

const page = async (path: string) => {
  const response = await get(path)
  expect([path, response.status]).toEqual([path, 200])
  return new JSDOM(await response.text()).window.document
}

const banner = async (path: string) => page(path).then((document) => document.querySelector('.breaking-news')?.textContent ?? null)

/** Polls until `check` holds (the server's job runner works every second in these tests). */
async function until(check: () => Promise<boolean>, timeout = 45_000): Promise<void> {
  const end = Date.now() + timeout
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const clearBanner = (locale: string) => api('POST', `/globals/breaking-news?locale=${locale}`, { text: '', link: '', expiresAt: null })

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
})

afterAll(async () => {
  // Every page of the shared portal shows the banner: other test files must not meet it.
  for (const locale of ['az', 'en', 'ru']) await clearBanner(locale)
})

/** The opinion piece's address in each language (created below). */
let slugs: { az: string; en: string }

describe('an opinion piece', () => {
  beforeAll(async () => {
    const az = (await api('POST', '/articles?locale=az', { title: `Şəhərin gələcəyi haqqında ${stamp}`, articleType: 'opinion', _status: 'published' })).data
      .doc!
    const en = (await api('PATCH', `/articles/${az.id}?locale=en`, { title: `On the city's future ${stamp}`, _status: 'published' })).data.doc!
    slugs = { az: az.slug, en: en.slug }
  })

  it('is labelled above its headline on the page, in each language, and typed OpinionNewsArticle in JSON-LD', async () => {
    const document = await page(`/en/news/${slugs.en}`)
    const label = document.querySelector('.article .article-type-opinion')
    expect(label?.textContent).toBe('Opinion')
    expect(label?.nextElementSibling?.tagName).toBe('H1')
    const graph = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}')['@graph'] as { '@type': string }[]
    expect(graph.map((item) => item['@type'])).toContain('OpinionNewsArticle')
    expect(graph.map((item) => item['@type'])).not.toContain('NewsArticle')
    expect((await page(`/az/news/${slugs.az}`)).querySelector('.article-type-opinion')?.textContent).toBe('Rəy')
  })

  it('is labelled on its story card', async () => {
    const document = await page('/en')
    const card = [...document.querySelectorAll('.story-card')].find((item) => item.querySelector(`a[href$="/news/${slugs.en}"]`))
    expect(card?.querySelector('.article-type-opinion')?.textContent).toBe('Opinion')
  })
})

describe('the breaking-news banner', () => {
  let article: Doc

  beforeAll(async () => {
    const az = (await api('POST', '/articles?locale=az', { title: `Zolaq altında xəbər ${stamp}`, _status: 'published' })).data.doc!
    article = (await api('PATCH', `/articles/${az.id}?locale=en`, { title: `A story under the banner ${stamp}`, _status: 'published' })).data.doc!
  })

  it('set in English appears at the top of English pages, in the server HTML, and on no other language', async () => {
    const text = `Storm warning ${stamp}`
    const saved = await api('POST', '/globals/breaking-news?locale=en', { text, link: '/en/search?q=storm' })
    expect(saved.status).toBe(200)

    for (const path of ['/en', `/en/news/${article.slug}`]) {
      const document = await page(path)
      const aside = document.querySelector('.breaking-news')
      expect([path, aside?.textContent]).toEqual([path, `Breaking ${text}`])
      expect(aside?.querySelector('a')?.getAttribute('href')).toBe('/en/search?q=storm')
      // In the flow above the page's own content: nothing is inserted later to push it down.
      expect(aside!.compareDocumentPosition(document.querySelector('main')!) & 4).toBeTruthy()
    }
    expect(await banner('/az')).toBeNull()
    expect(await banner('/ru')).toBeNull()
  })

  it('refuses a javascript: link with a clear message in the admin language, changing nothing', async () => {
    const before = await banner('/en')
    const refused = await api('POST', '/globals/breaking-news?locale=en', { text: 'Changed', link: 'javascript:alert(1)' }, { 'accept-language': 'en' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.data.errors)).toContain('The link must be a path on this site (starting with /) or a full https:// address.')
    expect(await banner('/en')).toBe(before)
  })

  it('disappears when it expires, without any edit', async () => {
    const text = `Short-lived ${stamp}`
    const expiresAt = new Date(Date.now() + 5_000).toISOString()
    expect((await api('POST', '/globals/breaking-news?locale=en', { text, expiresAt })).status).toBe(200)
    expect(await banner('/en')).toBe(`Breaking ${text}`)
    await until(async () => (await banner('/en')) === null)
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt))
  })
})

describe('accessibility', () => {
  const AXE = fs.readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8')
  type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] }

  it('an opinion page under a banner has no axe violations (WCAG 2.1 AA, contrast included), light or dark', async () => {
    await api('POST', '/globals/breaking-news?locale=en', { text: `Roads closed ${stamp}`, link: 'https://example.com/roads', expiresAt: null })
    const browser = await chromium.launch(launchOptions)
    try {
      const tab = await browser.newPage({ viewport: { width: 320, height: 900 } })
      await tab.goto(`${baseURL()}/en/news/${slugs.en}`)
      expect(await tab.locator('.breaking-news').count()).toBe(1)
      await tab.addScriptTag({ content: AXE })
      const violations: string[] = []
      for (const scheme of ['light', 'dark'] as const) {
        await tab.emulateMedia({ colorScheme: scheme })
        const result = (await tab.evaluate(() =>
          (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          }),
        )) as AxeResult
        for (const v of result.violations) violations.push(`${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      }
      expect(violations).toEqual([])
    } finally {
      await browser.close()
      await clearBanner('en')
    }
  })
})

describe('an embargo', () => {
  it('refuses an early publish with 400 and the reason, and the article stays unpublished', async () => {
    const embargoUntil = new Date(Date.now() + 3_600_000).toISOString()
    const draft = (await api('POST', '/articles?locale=en', { title: `Embargoed report ${stamp}`, embargoUntil, _status: 'draft' })).data.doc!
    const refused = await api('PATCH', `/articles/${draft.id}?locale=en`, { _status: 'published' }, { 'accept-language': 'en' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.data.errors)).toContain('This article is under embargo until')
    expect((await get(`/api/articles/${draft.id}`)).status).not.toBe(200)
    expect((await get(`/en/news/${draft.slug}`)).status).toBe(404)
  })
})
