import { beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { JSDOM } from 'jsdom'
import sharp from 'sharp'

import { SITEMAP_LIMITS } from '@/lib/feeds/sitemapFiles'

import { ADMIN, baseURL, get } from './env'

/**
 * Discovery and syndication over HTTP against the running portal: every feed and sitemap is parsed
 * with a real XML parser, pages' heads with a real HTML parser, JSON-LD with JSON.parse.
 */

const stamp = Date.now().toString(36)
const TITLE = {
  az: `Şuşa & Ağdam: "qəhrəmanlar" <yaddaş> 'ölməz' — çiçək ${stamp}`,
  en: `Tom & Jerry say "hi" </script><b>'bold'</b> in Baku ${stamp}`,
}
const STANDFIRST = { az: `Qısa & "tam" <giriş> mətni ${stamp}`, en: `A full & "complete" <standfirst> ${stamp}` }
const RU_DRAFT = `Непубликуемый перевод ${stamp}`
const DRAFT = `Heç yerdə görünməyən qaralama ${stamp}`
const CATEGORY = { az: `Sınaq & "bölmə" ${stamp}`, en: `Test & "section" ${stamp}` }

const json = { 'content-type': 'application/json' }
let token = ''
const asAdmin = () => ({ ...json, authorization: `JWT ${token}` })

type Doc = { id: number; slug: string }
let article: Doc & { slugs: { az: string; en: string } }
let draft: Doc
let category: { id: number; slugs: { az: string; en: string } }
let siteName: { az: string; en: string }

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await get(`/api${path}`, { method, headers: asAdmin(), body: body === undefined ? undefined : JSON.stringify(body) })
  const data = (await response.json()) as T
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
  return data
}

async function uploadHero(): Promise<number> {
  const data = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#336699' } }).jpeg().toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), `hero-${stamp}.jpg`)
  form.append('_payload', JSON.stringify({ alt: `Şuşa ${stamp}` }))
  const response = await fetch(`${baseURL()}/api/media?locale=az`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  expect(response.status).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number } }
  await api('PATCH', `/media/${doc.id}?locale=en`, { alt: `Shusha ${stamp}` })
  return doc.id
}

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token

  const settings = await Promise.all(['az', 'en'].map((locale) => api<{ siteName: string }>('GET', `/globals/site-settings?locale=${locale}`)))
  siteName = { az: settings[0].siteName, en: settings[1].siteName }

  const cat = (await api<{ doc: Doc }>('POST', '/categories?locale=az', { name: CATEGORY.az })).doc
  const catEn = (await api<{ doc: Doc }>('PATCH', `/categories/${cat.id}?locale=en`, { name: CATEGORY.en })).doc
  category = { id: cat.id, slugs: { az: cat.slug, en: catEn.slug } }

  const heroImage = await uploadHero()
  const az = (await api<{ doc: Doc }>('POST', '/articles?locale=az', {
    title: TITLE.az,
    standfirst: STANDFIRST.az,
    heroImage,
    categories: [category.id],
    _status: 'published',
  })).doc
  const en = (await api<{ doc: Doc }>('PATCH', `/articles/${az.id}?locale=en`, { title: TITLE.en, standfirst: STANDFIRST.en, _status: 'published' })).doc
  // A Russian translation saved as a draft only: Russian readers must never see the article.
  await api('PATCH', `/articles/${az.id}?locale=ru&draft=true`, { title: RU_DRAFT, _status: 'draft' })
  article = { id: az.id, slug: az.slug, slugs: { az: az.slug, en: en.slug } }

  draft = (await api<{ doc: Doc }>('POST', '/articles?locale=az', { title: DRAFT, _status: 'draft' })).doc
})

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'category', 'xhtml:link'].includes(name),
})

type Attrs = Record<string, string>
type RssItem = { title: string; link: string; guid: string | Attrs; pubDate: string; description?: string; category?: string[]; enclosure?: Attrs; 'media:content'?: Attrs }
type Channel = { title: string; link: string; description: string; language: string; item?: RssItem[] }
type SitemapUrl = { loc: string; lastmod?: string; 'xhtml:link'?: Attrs[]; 'news:news'?: Record<string, unknown> }

async function fetchXml(path: string) {
  const response = await get(path)
  expect(response.status).toBe(200)
  const text = await response.text()
  expect(XMLValidator.validate(text)).toBe(true)
  return { text, doc: parser.parse(text) as Record<string, unknown>, type: response.headers.get('content-type') ?? '' }
}

/** Fetches a feed and checks the RSS 2.0 elements every channel and item must have. */
async function fetchFeed(path: string, language: string): Promise<{ text: string; channel: Channel }> {
  const { text, doc, type } = await fetchXml(path)
  expect(type).toContain('application/rss+xml')
  const rss = doc.rss as { '@_version': string; channel: Channel }
  expect(rss['@_version']).toBe('2.0')
  const { channel } = rss
  for (const field of ['title', 'link', 'description'] as const) expect(channel[field]).toEqual(expect.any(String))
  expect(channel.title.length).toBeGreaterThan(0)
  expect(channel.link).toMatch(/^https?:\/\//)
  expect(channel.language).toBe(language)
  for (const item of channel.item ?? []) {
    expect(item.title).toEqual(expect.any(String))
    expect(item.link).toMatch(new RegExp(`^https?://[^/]+/${language}/news/`))
    expect(typeof item.guid === 'string' ? item.guid : item.guid['#text']).toBe(item.link)
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
  }
  return { text, channel }
}

async function fetchUrlset(path: string): Promise<{ text: string; urls: SitemapUrl[] }> {
  const { text, doc } = await fetchXml(path)
  const urlset = doc.urlset as { '@_xmlns': string; url?: SitemapUrl[] }
  expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  const urls = urlset.url ?? []
  for (const url of urls) {
    expect(url.loc).toMatch(/^https?:\/\//)
    if (url.lastmod) expect(Number.isNaN(Date.parse(url.lastmod))).toBe(false)
  }
  return { text, urls }
}

const pathOf = (url: string) => new URL(url).pathname

/** A sitemap index's entries, checked against the protocol. */
async function fetchIndex(path: string): Promise<string[]> {
  const { doc } = await fetchXml(path)
  const index = doc.sitemapindex as { '@_xmlns': string; sitemap?: { loc: string }[] }
  expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  return (index.sitemap ?? []).map((entry) => pathOf(entry.loc))
}

/** A language's sitemap as crawlers read it: every file its index (/{locale}/sitemap.xml) lists, each valid, joined. */
async function fetchLanguageSitemap(locale: string): Promise<{ text: string; urls: SitemapUrl[] }> {
  const files = await Promise.all((await fetchIndex(`/${locale}/sitemap.xml`)).map(fetchUrlset))
  return { text: files.map((file) => file.text).join('\n'), urls: files.flatMap((file) => file.urls) }
}

describe('robots.txt and the sitemaps', () => {
  it('allows the site, keeps crawlers out of the admin and the API, and names the sitemap index', async () => {
    const response = await get('/robots.txt')
    expect(response.status).toBe(200)
    const lines = (await response.text()).split('\n')
    expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api']))
    expect(lines.find((line) => line.startsWith('Sitemap: '))).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/)
  })

  it('indexes every language’s numbered files plus the news sitemap, each of them valid and within the limits', async () => {
    const paths = await fetchIndex('/sitemap.xml')
    expect(paths[paths.length - 1]).toBe('/news-sitemap.xml')
    // The server runs with SITEMAP_URLS_PER_FILE=7 (globalSetup.mjs), so each language's few dozen URLs take several files.
    const perFile = 7
    for (const locale of ['az', 'en', 'ru']) {
      const files = paths.filter((path) => path.startsWith(`/${locale}/sitemap/`))
      expect(files.length).toBeGreaterThan(1)
      expect(files).toEqual(files.map((_, i) => `/${locale}/sitemap/${i + 1}.xml`))
      // The languages' former single sitemaps are now their own indexes, listing the same files.
      expect(await fetchIndex(`/${locale}/sitemap.xml`)).toEqual(files)
      const all: string[] = []
      for (const path of files) {
        const { text, urls } = await fetchUrlset(path)
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SITEMAP_LIMITS.bytes)
        expect(urls.length).toBeGreaterThan(0)
        expect(urls.length).toBeLessThanOrEqual(perFile)
        all.push(...urls.map((url) => url.loc))
      }
      // Every URL once, the fixed pages first and then articles by id, each of them in this language.
      expect(new Set(all).size).toBe(all.length)
      expect(all.map(pathOf).slice(0, 3)).toEqual([`/${locale}`, `/${locale}/remembrance`, `/${locale}/corrections`])
      for (const loc of all) expect(pathOf(loc).startsWith(`/${locale}`)).toBe(true)
      // The file after the last is a 404.
      expect((await get(`/${locale}/sitemap/${files.length + 1}.xml`)).status).toBe(404)
    }
    const news = await fetchUrlset('/news-sitemap.xml')
    expect(news.urls.length).toBeLessThanOrEqual(SITEMAP_LIMITS.newsUrls)
  })

  it('lists every article published in a language in its sitemap files, oldest id first', async () => {
    // What readers can read, as the public API pages it (100 at most a page).
    const published: string[] = []
    for (let page = 1, pages = 1; page <= pages; page++) {
      const answer = (await (await get(`/api/articles?locale=en&limit=100&page=${page}&depth=0&sort=id&where[slug][exists]=true&select[slug]=true`)).json()) as {
        docs: { slug: string }[]
        totalPages: number
      }
      pages = answer.totalPages
      published.push(...answer.docs.map((doc) => `/en/news/${doc.slug}`))
    }
    const listed = (await fetchLanguageSitemap('en')).urls.map((url) => pathOf(url.loc)).filter((path) => path.startsWith('/en/news/'))
    expect(published.length).toBeGreaterThan(1)
    expect(listed).toEqual(published)
  })

  it.each(['/az/sitemap/0.xml', '/az/sitemap/999.xml', '/az/sitemap/01.xml', '/az/sitemap/1', '/az/sitemap/one.xml', '/de/sitemap/1.xml', '/az/sitemap/1.xml.gz'])(
    'answers the sitemap file %s with a 404',
    async (path) => {
      expect((await get(path)).status).toBe(404)
    },
  )

  it('lists an article in the languages it is published in, with lastmod and hreflang alternates, and nothing else', async () => {
    const az = await fetchLanguageSitemap('az')
    const entry = az.urls.find((url) => pathOf(url.loc) === `/az/news/${article.slugs.az}`)
    expect(entry?.lastmod).toBeTruthy()
    const alternates = Object.fromEntries((entry?.['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], pathOf(link['@_href'])]))
    expect(alternates).toEqual({ az: `/az/news/${article.slugs.az}`, en: `/en/news/${article.slugs.en}`, 'x-default': `/az/news/${article.slugs.az}` })
    // Events, sections and tags are listed too.
    for (const kind of ['remembrance', 'category', 'tag']) expect(az.urls.some((url) => pathOf(url.loc).startsWith(`/az/${kind}/`))).toBe(true)
    expect(az.urls.some((url) => pathOf(url.loc) === `/az/category/${category.slugs.az}`)).toBe(true)

    const en = await fetchLanguageSitemap('en')
    expect(en.urls.some((url) => pathOf(url.loc) === `/en/news/${article.slugs.en}`)).toBe(true)

    const ru = await fetchLanguageSitemap('ru')
    for (const { text } of [az, en, ru]) {
      expect(text).not.toContain(`/ru/news/${article.slugs.az}`)
      expect(text).not.toMatch(new RegExp(`hreflang="ru" href="[^"]*${stamp}`))
      expect(text).not.toContain(draft.slug)
    }
    expect(ru.text).not.toContain(stamp)
  })

  it('puts the new article in the Google News sitemap in its two languages with exact titles', async () => {
    const { urls, text } = await fetchUrlset('/news-sitemap.xml')
    const mine = urls.filter((url) => url.loc.includes(article.slugs.az) || url.loc.includes(article.slugs.en))
    expect(mine.map((url) => url['news:news'])).toEqual([
      expect.objectContaining({ 'news:publication': { 'news:name': siteName.az, 'news:language': 'az' }, 'news:title': TITLE.az }),
      expect.objectContaining({ 'news:publication': { 'news:name': siteName.en, 'news:language': 'en' }, 'news:title': TITLE.en }),
    ])
    for (const url of mine) expect(Date.now() - Date.parse(String(url['news:news']?.['news:publication_date']))).toBeLessThan(48 * 3600 * 1000)
    expect(text).not.toContain(RU_DRAFT)
    expect(text).not.toContain(DRAFT)
  })
})

describe('RSS feeds', () => {
  it('carry the article with its exact title, full standfirst, sections and 1200×630 hero in each published language', async () => {
    const { channel } = await fetchFeed('/az/rss.xml', 'az')
    const item = channel.item?.find((entry) => entry.title === TITLE.az)
    expect(item).toMatchObject({ description: STANDFIRST.az, category: [CATEGORY.az] })
    expect(pathOf(item?.link ?? 'http://x/')).toBe(`/az/news/${article.slugs.az}`)
    const image = item?.['media:content'] ?? {}
    expect(image).toMatchObject({ '@_type': 'image/jpeg', '@_width': '1200', '@_height': '630', '@_medium': 'image' })
    expect(item?.enclosure).toMatchObject({ '@_url': image['@_url'], '@_type': 'image/jpeg' })
    const card = await get(pathOf(image['@_url']))
    expect(card.status).toBe(200)
    const bytes = Buffer.from(await card.arrayBuffer())
    const meta = await sharp(bytes).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630])
    expect(Number(item?.enclosure?.['@_length'])).toBe(bytes.length)

    const en = await fetchFeed('/en/rss.xml', 'en')
    expect(en.channel.item?.find((entry) => entry.title === TITLE.en)).toMatchObject({ description: STANDFIRST.en })
  })

  it('has a feed per section, for remembrance coverage and per event', async () => {
    const section = await fetchFeed(`/en/category/${category.slugs.en}/rss.xml`, 'en')
    expect(section.channel.title).toContain(CATEGORY.en)
    expect(section.channel.item?.map((entry) => entry.title)).toEqual([TITLE.en])

    const remembrance = await fetchFeed('/en/remembrance/rss.xml', 'en')
    expect(remembrance.channel.item?.length).toBeGreaterThan(0)
    const event = await fetchFeed('/ru/remembrance/khodzhalinskiy-genotsid/rss.xml', 'ru')
    expect(event.channel.title).toContain('Ходжалинский геноцид')
    expect(event.channel.item?.length).toBeGreaterThan(0)
  })

  it('never shows a draft or a language an article is not published in', async () => {
    const feeds = ['/az/rss.xml', '/en/rss.xml', '/ru/rss.xml', '/ru/remembrance/rss.xml', '/az/remembrance/rss.xml']
    for (const path of feeds) {
      const { text } = await fetchFeed(path, path.slice(1, 3))
      expect(text).not.toContain(DRAFT)
      expect(text).not.toContain(RU_DRAFT)
      if (path.startsWith('/ru')) expect(text).not.toContain(stamp)
    }
    expect((await get(`/ru/category/${category.slugs.az}/rss.xml`)).status).toBe(404)
  })

  it.each(['/en/category/no-such-section/rss.xml', '/en/category/%3Cx%3E/rss.xml', '/en/remembrance/no-such-event/rss.xml', '/xx/rss.xml', '/de/sitemap.xml'])(
    'answers %s with a 404',
    async (path) => {
      expect((await get(path)).status).toBe(404)
    },
  )
})

type Head = { document: Document; meta: (key: string) => string[]; jsonLd: Record<string, unknown>[] }

async function head(path: string): Promise<Head> {
  const response = await get(path)
  expect(response.status).toBe(200)
  const html = await response.text()
  const { document } = new JSDOM(html).window
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    const data = JSON.parse(script.textContent ?? '') as { '@graph'?: Record<string, unknown>[] }
    return data['@graph'] ?? [data]
  })
  const meta = (key: string) =>
    [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((element) => element.getAttribute('content') ?? '')
  return { document, meta, jsonLd }
}

describe('an article page’s head', () => {
  it('has the title pattern, absolute canonical, hreflang for its languages, Open Graph, Twitter and feeds', async () => {
    const { document, meta } = await head(`/en/news/${article.slugs.en}`)
    expect(document.title).toBe(`${TITLE.en} · ${siteName.en}`)
    expect(meta('description')).toEqual([STANDFIRST.en])
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ''
    expect(canonical).toBe(`${baseURL()}/en/news/${article.slugs.en}`)
    const hreflang = Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]))
    expect(hreflang).toEqual({
      az: `${baseURL()}/az/news/${article.slugs.az}`,
      en: canonical,
      'x-default': `${baseURL()}/az/news/${article.slugs.az}`,
    })
    expect(meta('og:title')).toEqual([TITLE.en])
    expect(meta('og:description')).toEqual([STANDFIRST.en])
    expect(meta('og:url')).toEqual([canonical])
    expect(meta('og:type')).toEqual(['article'])
    expect(meta('og:locale')).toEqual(['en_US'])
    expect(meta('og:locale:alternate')).toEqual(['az_AZ'])
    expect(meta('article:section')).toEqual([CATEGORY.en])
    expect(Date.parse(meta('article:published_time')[0])).toBeGreaterThan(Date.now() - 3600_000)
    expect(meta('article:modified_time')).toHaveLength(1)
    expect(meta('og:image')[0]).toMatch(/-1200x630\.jpg$/)
    expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:alt')]).toEqual([['1200'], ['630'], [`Shusha ${stamp}`]])
    expect(meta('twitter:card')).toEqual(['summary_large_image'])
    expect(meta('twitter:title')).toEqual([TITLE.en])
    const feeds = [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((link) => pathOf(link.getAttribute('href') ?? ''))
    expect(feeds).toEqual(['/en/rss.xml', `/en/category/${category.slugs.en}/rss.xml`])
  })

  it('has a NewsArticle and a BreadcrumbList that parse back to the exact title', async () => {
    const { jsonLd } = await head(`/en/news/${article.slugs.en}`)
    const news = jsonLd.find((item) => item['@type'] === 'NewsArticle')
    expect(news).toMatchObject({
      headline: TITLE.en,
      description: STANDFIRST.en,
      inLanguage: 'en',
      mainEntityOfPage: { '@id': `${baseURL()}/en/news/${article.slugs.en}` },
      image: [expect.stringMatching(/-1200x630\.jpg$/)],
      datePublished: expect.any(String),
      dateModified: expect.any(String),
      author: [expect.objectContaining({ name: expect.any(String) })],
      publisher: { '@type': 'NewsMediaOrganization', name: siteName.en, logo: expect.objectContaining({ url: `${baseURL()}/en/logo.png` }) },
    })
    const crumbs = jsonLd.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: { name: string; position: number }[] }
    expect(crumbs.itemListElement.map((item) => item.name)).toEqual([expect.any(String), CATEGORY.en, TITLE.en])
    const logo = await get('/en/logo.png')
    expect(logo.headers.get('content-type')).toBe('image/png')
  })

  it('keeps the Azerbaijani title and letters exact, and is a 404 in the unpublished Russian', async () => {
    const { document, meta, jsonLd } = await head(`/az/news/${article.slugs.az}`)
    expect(document.title).toBe(`${TITLE.az} · ${siteName.az}`)
    expect(meta('og:title')).toEqual([TITLE.az])
    expect(meta('og:locale')).toEqual(['az_AZ'])
    expect(meta('og:locale:alternate')).toEqual(['en_US'])
    expect(jsonLd.find((item) => item['@type'] === 'NewsArticle')).toMatchObject({ headline: TITLE.az, inLanguage: 'az' })
    expect(document.documentElement.outerHTML).not.toContain(RU_DRAFT)
    expect((await get(`/ru/news/${article.slugs.az}`)).status).toBe(404)
  })

  it('falls back to a generated 1200×630 card when the article has no hero', async () => {
    // Every demo article has a hero now: this one is made without.
    const plain = (await api<{ doc: Doc }>('POST', '/articles?locale=az', { title: `Şəkilsiz xəbər ${stamp}`, _status: 'published' })).doc
    const { meta } = await head(`/az/news/${plain.slug}`)
    const [image] = meta('og:image')
    expect(pathOf(image)).toBe(`/az/news/${plain.slug}/og.png`)
    const card = await get(pathOf(image))
    expect(card.headers.get('content-type')).toBe('image/png')
    const info = await sharp(Buffer.from(await card.arrayBuffer())).metadata()
    expect([info.format, info.width, info.height]).toEqual(['png', 1200, 630])
    expect((await get(`/ru/news/${article.slugs.az}/og.png`)).status).toBe(404)
  })
})

describe('structured data on other pages', () => {
  it('has the Organization with its social profiles and the WebSite search on the home page', async () => {
    const { jsonLd, document } = await head('/ru')
    expect(document.querySelector('link[rel="alternate"][hreflang="x-default"]')?.getAttribute('href')).toBe(`${baseURL()}/`)
    const organization = jsonLd.find((item) => item['@type'] === 'NewsMediaOrganization') as { sameAs: string[]; logo: { url: string } }
    expect(organization.sameAs.length).toBeGreaterThan(0)
    for (const url of organization.sameAs) expect(url).toMatch(/^https:\/\//)
    expect(jsonLd.find((item) => item['@type'] === 'WebSite')).toMatchObject({
      inLanguage: 'ru',
      potentialAction: { '@type': 'SearchAction', target: { urlTemplate: `${baseURL()}/ru/search?q={search_term_string}` } },
    })
  })

  it('describes a remembrance event as an Event with a BreadcrumbList', async () => {
    const { jsonLd, meta } = await head('/en/remembrance/khojaly-genocide')
    expect(jsonLd.find((item) => item['@type'] === 'Event')).toMatchObject({
      name: 'Khojaly genocide',
      startDate: '1992-02-25',
      location: expect.objectContaining({ '@type': 'Place' }),
      inLanguage: 'en',
    })
    expect(jsonLd.find((item) => item['@type'] === 'BreadcrumbList')).toBeTruthy()
    expect(meta('og:locale:alternate').sort()).toEqual(['az_AZ', 'ru_RU'])
  })
})

describe('an article published only in Russian', () => {
  const title = `«Ходжалы» & <память> "жертв" 'ёлка' ${stamp}`
  let slug = ''

  beforeAll(async () => {
    slug = (await api<{ doc: Doc }>('POST', '/articles?locale=ru', { title, standfirst: `Лид & <b>вводка</b> ${stamp}`, _status: 'published' })).doc.slug
  })

  it('keeps its Cyrillic title exact in the feed, the news sitemap, <title>, Open Graph and JSON-LD', async () => {
    const { channel } = await fetchFeed('/ru/rss.xml', 'ru')
    expect(channel.item?.find((item) => pathOf(item.link) === `/ru/news/${slug}`)?.title).toBe(title)
    const news = await fetchUrlset('/news-sitemap.xml')
    expect(news.urls.find((url) => pathOf(url.loc) === `/ru/news/${slug}`)?.['news:news']).toMatchObject({ 'news:title': title })

    const { document, meta, jsonLd } = await head(`/ru/news/${slug}`)
    const { siteName: ruSiteName } = await api<{ siteName: string }>('GET', '/globals/site-settings?locale=ru')
    expect(document.title).toBe(`${title} · ${ruSiteName}`)
    expect(meta('og:title')).toEqual([title])
    expect(meta('og:locale:alternate')).toEqual([])
    expect(jsonLd.find((item) => item['@type'] === 'NewsArticle')).toMatchObject({ headline: title, inLanguage: 'ru' })
    // Its only language is its x-default.
    const hreflang = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), pathOf(link.getAttribute('href') ?? '')])
    expect(hreflang).toEqual([
      ['ru', `/ru/news/${slug}`],
      ['x-default', `/ru/news/${slug}`],
    ])
  })

  it('does not exist in the other languages’ feeds and sitemaps', async () => {
    for (const path of ['/az/rss.xml', '/en/rss.xml']) expect((await fetchFeed(path, path.slice(1, 3))).text).not.toContain(slug)
    for (const locale of ['az', 'en']) expect((await fetchLanguageSitemap(locale)).text).not.toContain(slug)
    expect((await fetchLanguageSitemap('ru')).text).toContain(`/ru/news/${slug}`)
  })
})

describe('publishing and unpublishing', () => {
  it('shows a newly published article in the feed and sitemaps at once, and removes it when unpublished', async () => {
    // Warm every cache first, so the test proves expiry rather than a cold read.
    await Promise.all(['/az/rss.xml', '/az/sitemap.xml', '/az/sitemap/1.xml', '/news-sitemap.xml'].map((path) => get(path)))
    const title = `Təzə & "canlı" xəbər ${stamp}`
    const { doc } = await api<{ doc: Doc }>('POST', '/articles?locale=az', { title, _status: 'published' })

    expect((await fetchFeed('/az/rss.xml', 'az')).channel.item?.map((item) => item.title)).toContain(title)
    expect((await fetchLanguageSitemap('az')).urls.map((url) => pathOf(url.loc))).toContain(`/az/news/${doc.slug}`)
    expect((await fetchUrlset('/news-sitemap.xml')).text).toContain(`/az/news/${doc.slug}`)

    await api('PATCH', `/articles/${doc.id}`, { _status: 'draft' })
    expect((await fetchFeed('/az/rss.xml', 'az')).text).not.toContain(doc.slug)
    expect((await fetchLanguageSitemap('az')).text).not.toContain(doc.slug)
    expect((await fetchUrlset('/news-sitemap.xml')).text).not.toContain(doc.slug)
  })
})
