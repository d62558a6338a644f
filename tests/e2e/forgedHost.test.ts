import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { JSDOM } from 'jsdom'

import { ADMIN, baseURL, get } from './env'
import { indexedPaths } from './sitemaps'

/**
 * Absolute URLs (redirects, canonical and hreflang links, feeds, sitemaps, structured data) take their
 * origin from SERVER_URL only: pages are cached and served to everyone, so a forged Host or
 * X-Forwarded-Host must never reach a response. And every alternate the portal announces resolves.
 */

const stamp = Date.now().toString(36)
const EVIL = 'evil.example'
const json = { 'content-type': 'application/json' }
let token = ''

type Doc = { id: number; slug: string }
type Localized = { id: number; slugs: Record<'az' | 'en' | 'ru', string> }
let article: Localized
let event: Localized
let category: Localized
let tag: Localized

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await get(`/api${path}`, { method, headers: { ...json, authorization: `JWT ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) })
  const data = (await response.json()) as T
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
  return data
}

/** Creates a document in Azerbaijani and translates it into English and Russian (each its own slug). */
async function inAllLanguages(collection: string, fields: (language: string) => Record<string, unknown>): Promise<Localized> {
  const az = (await api<{ doc: Doc }>('POST', `/${collection}?locale=az`, fields('az'))).doc
  const en = (await api<{ doc: Doc }>('PATCH', `/${collection}/${az.id}?locale=en`, fields('en'))).doc
  const ru = (await api<{ doc: Doc }>('PATCH', `/${collection}/${az.id}?locale=ru`, fields('ru'))).doc
  return { id: az.id, slugs: { az: az.slug, en: en.slug, ru: ru.slug } }
}

const NAMES = { az: 'Sınaq', en: 'Trial', ru: 'Проба' } as Record<string, string>

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  category = await inAllLanguages('categories', (language) => ({ name: `${NAMES[language]} host section ${stamp}` }))
  tag = await inAllLanguages('tags', (language) => ({ name: `${NAMES[language]} host tag ${stamp}` }))
  event = await inAllLanguages('remembrance-events', (language) => ({
    name: `${NAMES[language]} host event ${stamp}`,
    startDate: '1990-01-20T12:00:00.000Z',
    commemoration: { month: '1', day: 20 },
    _status: 'published',
  }))
  article = await inAllLanguages('articles', (language) => ({
    title: `${NAMES[language]} host article ${stamp}`,
    categories: [category.id],
    tags: [tag.id],
    remembranceEvent: event.id,
    _status: 'published',
  }))
})

// The portal is shared: a published event with a nearer anniversary would take the home page's
// remembrance spotlight from the seed's in the files that run after this one.
afterAll(async () => {
  await api('DELETE', `/articles/${article.id}`)
  await api('DELETE', `/remembrance-events/${event.id}`)
  await api('DELETE', `/categories/${category.id}`)
  await api('DELETE', `/tags/${tag.id}`)
})

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/**
 * node:http, because fetch will not send a Host header of our choosing; a connection of its own per
 * request (agent: false), so a busy machine cannot make us reuse one the server is closing.
 */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL())
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path, method: 'GET', headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end()
  })
}

const FORGERIES: [string, Record<string, string>][] = [
  ['Host', { host: EVIL }],
  ['X-Forwarded-Host and -Proto', { 'x-forwarded-host': EVIL, 'x-forwarded-proto': 'https', 'x-forwarded-port': '443' }],
  ['Host, X-Forwarded-Host and Forwarded', { host: `${EVIL}:8443`, 'x-forwarded-host': `${EVIL}:8443`, 'x-forwarded-proto': 'https', forwarded: `host=${EVIL};proto=https` }],
]

/** One URL of each kind of route, including redirects and 404s. */
function everyRouteType(): string[] {
  return [
    '/',
    '/az',
    '/az/',
    '/en',
    `/en/news/${article.slugs.en}`,
    `/ru/news/${article.slugs.ru}/`,
    `/az/remembrance/${event.slugs.az}`,
    '/ru/remembrance',
    `/en/category/${category.slugs.en}`,
    `/ru/tag/${tag.slugs.ru}`,
    '/az/search?q=host',
    '/az/rss.xml',
    `/en/category/${category.slugs.en}/rss.xml`,
    '/ru/remembrance/rss.xml',
    '/sitemap.xml',
    '/en/sitemap.xml',
    '/en/sitemap/1.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    '/az/og.png',
    `/en/news/${article.slugs.en}/og.png`,
    '/az/logo.png',
    `/az/preview/exit?to=/az/news/${article.slugs.az}`,
    `/az/preview?article=${article.id}`,
    '/admin',
    '/admin/login',
    '/az/no-such-page',
    '/de',
    '/api/articles?limit=1',
  ]
}

describe('a forged Host or X-Forwarded-Host', () => {
  it.each(FORGERIES)('(%s) appears in no header and no body of any route, and no Link header announces alternates', async (_name, forged) => {
    const leaks: string[] = []
    for (const path of everyRouteType()) {
      const response = await rawGet(path, forged)
      expect([path, response.status < 500]).toEqual([path, true])
      const headers = Object.entries(response.headers).map(([name, value]) => `${name}: ${String(value)}`)
      for (const line of headers) if (line.toLowerCase().includes(EVIL) || line.includes('https://127.0.0.1')) leaks.push(`${path} header ${line}`)
      const body = response.body.toString('latin1').toLowerCase()
      if (body.includes(EVIL)) leaks.push(`${path} body: …${body.slice(Math.max(0, body.indexOf(EVIL) - 60), body.indexOf(EVIL) + 40)}…`)
      if (body.includes('https://127.0.0.1')) leaks.push(`${path} body has an https origin from X-Forwarded-Proto`)
      if (/hreflang/i.test(String(response.headers.link ?? ''))) leaks.push(`${path} Link: ${String(response.headers.link)}`)
    }
    expect(leaks).toEqual([])
  })
})

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['url', 'xhtml:link'].includes(name) })

type SitemapUrl = { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }

/** hreflang targets in a page's head, and in a `Link` response header if one is sent. */
async function announcedBy(path: string): Promise<string[]> {
  const response = await rawGet(path)
  expect([path, response.status]).toEqual([path, 200])
  const fromHeader = [...String(response.headers.link ?? '').matchAll(/<([^>]+)>;[^,]*hreflang=/g)].map((match) => new URL(match[1], baseURL()).toString())
  const { document } = new JSDOM(response.body.toString('utf8')).window
  const fromHead = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => link.getAttribute('href') ?? '')
  expect([path, fromHead.length > 1]).toEqual([path, true])
  return [...fromHead, ...fromHeader]
}

/** The status a URL of ours ends at, following redirects (x-default `/` redirects to a language). */
async function finalStatus(url: string): Promise<number> {
  let target = new URL(url)
  for (let hops = 0; hops < 5; hops++) {
    expect(target.origin).toBe(baseURL())
    const { status, headers } = await rawGet(`${target.pathname}${target.search}`)
    if (status < 300 || status >= 400 || !headers.location) return status
    target = new URL(headers.location, target)
  }
  return 0
}

async function failing(urls: string[]): Promise<string[]> {
  const unique = [...new Set(urls)]
  const failed: string[] = []
  // A few at a time: most are pages rendered on their first request.
  for (let index = 0; index < unique.length; index += 4) {
    await Promise.all(
      unique.slice(index, index + 4).map(async (url) => {
        const status = await finalStatus(url)
        if (status !== 200) failed.push(`${url} → ${status}`)
      }),
    )
  }
  return failed
}

describe('hreflang alternates', () => {
  it('in the head of the home, an article, an event and a section, in all three languages, all answer 200', async () => {
    const pages = (['az', 'en', 'ru'] as const).flatMap((language) => [
      `/${language}`,
      `/${language}/news/${article.slugs[language]}`,
      `/${language}/remembrance/${event.slugs[language]}`,
      `/${language}/category/${category.slugs[language]}`,
    ])
    const announced = (await Promise.all(pages.map(announcedBy))).flat()
    // The article's own slugs are among them (they differ by language).
    expect(announced).toEqual(expect.arrayContaining([`${baseURL()}/ru/news/${article.slugs.ru}`, `${baseURL()}/en/news/${article.slugs.en}`]))
    expect(await failing(announced)).toEqual([])
  })

  it('of every entry in the per-language sitemaps all answer 200', async () => {
    const announced: string[] = []
    for (const language of ['az', 'en', 'ru']) {
      const index = await rawGet(`/${language}/sitemap.xml`)
      expect(index.status).toBe(200)
      for (const file of indexedPaths(index.body.toString('utf8'))) {
        const response = await rawGet(file)
        expect(response.status).toBe(200)
        const urls = ((xml.parse(response.body.toString('utf8')) as { urlset: { url?: SitemapUrl[] } }).urlset.url ?? [])
        for (const url of urls) announced.push(...(url['xhtml:link'] ?? []).map((link) => link['@_href']))
      }
    }
    expect(announced).toEqual(expect.arrayContaining([`${baseURL()}/ru/tag/${tag.slugs.ru}`, `${baseURL()}/en/remembrance/${event.slugs.en}`]))
    expect(await failing(announced)).toEqual([])
  }, 300_000)
})
