import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { JSDOM } from 'jsdom'
import { chromium, type Browser } from 'playwright-core'

import { startPortal } from '../../scripts/portal-process.mjs'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'
import { PORTAL_SECRET } from './globalSetup.mjs'

/**
 * Live coverage against the running portal: a reader's open page receives a new entry without a reload and
 * announces it, without moving a reader who has scrolled into the list; a reload without JavaScript shows it too;
 * the JSON-LD, the entries' feed and the update stream answer as they should; and the entries and their order
 * survive a restart of the server.
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
    // Dated in Azerbaijani ("7 dek, 14:15"), by the server: Chromium's own Intl has no Azerbaijani and would write "M12 7 14:15".
    for (const time of await page.locator('.live-entry__time time').allTextContents()) expect(time).toMatch(/^\d{1,2} \p{Ll}+, \d{2}:\d{2}$/u)
    // No reload happened: the page's own state survived.
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(marker)
  }, 60_000)

  it('does not move a reader who has scrolled into the list: new entries wait behind a button until asked for', async () => {
    for (let i = 1; i <= 6; i++) await addEntry(`Uzun yazı ${i} ${stamp}. ${'Anım mərasimində iştirakçılar abidəyə gül dəstələri qoydular. '.repeat(12)}`)
    browser ??= await chromium.launch(launchOptions)
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } })
    await page.goto(`${baseURL()}/az/news/${article.slug}`)
    await page.locator('.live[data-connected="true"]').waitFor({ timeout: 15_000 })
    // The reader is in the middle of the fourth entry.
    const reading = page.locator(`#${await page.locator('.live-entry').nth(3).getAttribute('id')}`)
    await reading.evaluate((element) => element.scrollIntoView({ block: 'center' }))
    const top = () => reading.evaluate((element) => element.getBoundingClientRect().top)
    const before = await top()
    expect(await page.locator('.live-entries').evaluate((list) => list.getBoundingClientRect().top)).toBeLessThan(0)

    const text = `Oxucunun üstünə gələn yazı ${stamp}`
    await addEntry(text)
    const button = page.locator('.live-show-new')
    await button.waitFor({ timeout: 15_000 })
    expect(await button.textContent()).toContain('1')
    // Announced, but not inserted above the reader, and what they read has not moved.
    await expect(page.locator('.live p[role="status"]').textContent()).resolves.toContain('1 yeni yazı')
    expect(await page.locator('.live-entries').textContent()).not.toContain(text)
    expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(1)
    // The button stays within reach while the reader is in the list.
    const box = await button.boundingBox()
    expect(box !== null && box.y >= 0 && box.y + box.height <= 700).toBe(true)

    await button.click()
    await page.locator('.live-entry').first().filter({ hasText: text }).waitFor({ timeout: 5_000 })
    expect(await button.count()).toBe(0)
  }, 60_000)
})

describe('live coverage across a restart', () => {
  it('keeps the entries and their order, pinned entry first, and follows new ones after the server comes back', async () => {
    // A portal of its own on the shared database and origin (they share .next), stopped and started again.
    const start = () =>
      startPortal({ prefix: 'portal-live-restart-', databaseURI: process.env.E2E_DATABASE_URI, env: { PAYLOAD_SECRET: PORTAL_SECRET, SERVER_URL: baseURL() } }) as Promise<{
        baseURL: string
        pid: number
        exited: Promise<{ code: number | null }>
        stop: () => void
      }>
    const created = await api<{ doc: { id: number; slug: string } }>('POST', '/articles?locale=az', {
      title: `Yenidən başlama sınağı ${stamp}`,
      articleType: 'live',
      liveCoverage: { state: 'live' },
      _status: 'published',
    })
    const path = `/az/news/${created.doc.slug}`
    const order = async (origin: string) => {
      const response = await fetch(`${origin}${path}`)
      expect(response.status).toBe(200)
      const document = new JSDOM(await response.text()).window.document
      return [...document.querySelectorAll('.live-entry')].map((entry) => entry.id)
    }
    let portal = await start()
    try {
      const write = async (text: string, extra: Record<string, unknown> = {}) => {
        const response = await fetch(`${portal.baseURL}/api/live-entries?locale=az`, {
          method: 'POST',
          headers: { ...json, authorization: `JWT ${token}` },
          body: JSON.stringify({ article: created.doc.id, text, _status: 'published', ...extra }),
        })
        expect(response.status).toBe(201)
        return ((await response.json()) as { doc: { id: number } }).doc.id
      }
      const first = await write(`Səhər ${stamp}`, { postedAt: '2026-02-26T06:00:00.000Z' })
      const pinned = await write(`Sabitlənmiş ${stamp}`, { postedAt: '2026-02-26T07:00:00.000Z', pinned: true })
      const last = await write(`Günorta ${stamp}`, { postedAt: '2026-02-26T12:00:00.000Z' })
      const expected = [pinned, last, first].map((id) => `entry-${id}`)
      expect(await order(portal.baseURL)).toEqual(expected)

      process.kill(-portal.pid, 'SIGTERM')
      expect((await portal.exited).code).toBe(0)
      portal = await start()
      expect(await order(portal.baseURL)).toEqual(expected)

      // The restarted server's stream serves an entry written after it came back.
      const stream = await fetch(`${portal.baseURL}/api/live-entries/stream/${created.doc.id}?locale=az&since=${encodeURIComponent(new Date().toISOString())}`)
      expect(stream.headers.get('content-type')).toContain('text/event-stream')
      const reader = stream.body!.getReader()
      const later = await write(`Axşam ${stamp}`)
      let received = ''
      while (!received.includes(`Axşam ${stamp}`)) {
        const { value, done } = await reader.read()
        if (done) break
        received += new TextDecoder().decode(value)
      }
      await reader.cancel()
      expect(received).toContain(`"id":"${later}"`)
    } finally {
      portal.stop()
    }
  }, 300_000)
})
