import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { JSDOM } from 'jsdom'
import { chromium, type Browser } from 'playwright-core'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/**
 * Live coverage against the running portal: a reader's open page receives a new entry without a reload and
 * announces it, a reload without JavaScript shows it too, and the JSON-LD, the entries' feed and the update stream
 * answer as they should.
 */

const stamp = Date.now().toString(36)
const json = { 'content-type': 'application/json' }
let token = ''
let article: { id: number; slug: string }
let browser: Browser | undefined

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await get(`/api${path}`, { method, headers: { ...json, authorization: `JWT ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) })
  const data = (await response.json()) as T
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
  return data
}

const addEntry = (text: string, extra: Record<string, unknown> = {}) =>
  api<{ doc: { id: number } }>('POST', '/live-entries?locale=az', { article: article.id, text, _status: 'published', ...extra })

async function html(path: string): Promise<Document> {
  const response = await get(path)
  expect(response.status).toBe(200)
  return new JSDOM(await response.text()).window.document
}

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  const created = await api<{ doc: { id: number; slug: string } }>('POST', '/articles?locale=az', {
    title: `Canlı yayım sınağı ${stamp}`,
    standfirst: 'Anım günü canlı',
    articleType: 'live',
    liveCoverage: { state: 'live' },
    _status: 'published',
  })
  article = created.doc
  await addEntry(`Birinci yazı ${stamp}`, { headline: `Əsas hadisə ${stamp}`, keyEvent: true })
})

afterAll(async () => {
  await browser?.close()
})

describe('a live article', () => {
  it('shows its state, key events and entries without JavaScript, and a new entry on reload', async () => {
    let document = await html(`/az/news/${article.slug}`)
    expect(document.querySelector('.live-state')?.textContent).toContain('Canlı')
    expect(document.querySelector('.live-key-events a')?.textContent).toContain(`Əsas hadisə ${stamp}`)
    expect(document.querySelector('.live-entries')?.textContent).toContain(`Birinci yazı ${stamp}`)
    await addEntry(`Reload yazısı ${stamp}`)
    document = await html(`/az/news/${article.slug}`)
    const texts = [...document.querySelectorAll('.live-entry')].map((entry) => entry.textContent ?? '')
    expect(texts[0]).toContain(`Reload yazısı ${stamp}`)
    expect(texts[1]).toContain(`Birinci yazı ${stamp}`)
  })

  it('describes itself as a LiveBlogPosting with each entry as an update, and lists the entries in its feed', async () => {
    const document = await html(`/az/news/${article.slug}`)
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
      const data = JSON.parse(script.textContent ?? '') as Record<string, unknown>
      return (data['@graph'] as Record<string, unknown>[] | undefined) ?? [data]
    })
    const live = blocks.find((block) => block['@type'] === 'LiveBlogPosting') as { coverageStartTime?: string; liveBlogUpdate: { headline: string; url: string }[] }
    expect(live.coverageStartTime).toEqual(expect.any(String))
    expect(live.liveBlogUpdate.map((update) => update.headline)).toContain(`Əsas hadisə ${stamp}`)
    expect(live.liveBlogUpdate[0].url).toMatch(/#entry-\d+$/)

    const feed = await get(`/az/news/${article.slug}/rss.xml`)
    expect(feed.status).toBe(200)
    const xml = await feed.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const items = (new XMLParser().parse(xml) as { rss: { channel: { item: { title: string; link: string }[] } } }).rss.channel.item
    expect(items.map((item) => item.title)).toContain(`Əsas hadisə ${stamp}`)
  })

  it('answers a malformed stream request with a 4xx', async () => {
    expect((await get(`/api/live-entries/stream/${article.id}?locale=az&since=yesterday`)).status).toBe(400)
    expect((await get(`/api/live-entries/stream/${article.id}?locale=xx`)).status).toBe(400)
    expect((await get(`/api/live-entries/stream/999999999?locale=az`)).status).toBe(404)
    expect((await get(`/az/news/not-a-live-article-${stamp}/rss.xml`)).status).toBe(404)
  })

  it('receives a new entry on an open page without a reload and announces it', async () => {
    browser = await chromium.launch(launchOptions)
    const page = await browser.newPage()
    await page.goto(`${baseURL()}/az/news/${article.slug}`)
    // The page follows the coverage once its stream is open.
    await page.locator('.live[data-connected="true"]').waitFor({ timeout: 15_000 })
    const marker = await page.evaluate(() => ((window as unknown as { marker: number }).marker = Math.random()))
    const text = `Canlı gələn yazı ${stamp}`
    await addEntry(text)
    await page.locator('.live-entry').first().filter({ hasText: text }).waitFor({ timeout: 15_000 })
    await expect(page.locator('.live p[role="status"]').textContent()).resolves.toContain('1 yeni yazı')
    // No reload happened: the page's own state survived.
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(marker)
  }, 60_000)
})
