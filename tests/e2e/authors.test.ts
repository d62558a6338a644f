import { beforeAll, describe, expect, it } from '@jest/globals'
import { JSDOM } from 'jsdom'

import { seedAuthors } from '@/seed/newsroom'
import { seedPages } from '@/seed/pages'

import { ADMIN, baseURL, get } from './env'
import { languageSitemapText } from './sitemaps'

/**
 * Authors' pages and the standing pages over plain HTTP against the running, seeded portal: pages parsed with a
 * real HTML parser, JSON-LD with JSON.parse.
 */

const LOCALES = ['az', 'en', 'ru'] as const
type Locale = (typeof LOCALES)[number]

const LEYLA = seedAuthors[0]
const LEYLA_SLUG = 'leyla-shirinova'
/** The seeded Khojaly article, written by Leyla Şirinova. */
const KHOJALY: Record<Locale, string> = {
  az: 'azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir',
  en: 'azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide',
  ru: 'azerbaydzhan-otmechaet-21-yu-godovshchinu-khodzhalinskogo-genotsida',
}
/** The standing pages' slugs, in footer order. */
const PAGE_SLUGS: Record<Locale, string[]> = {
  az: ['haqqimizda', 'redaksiya-standartlari', 'duzelishler-siyaseti', 'elaqe', 'elchatanliq-beyanati', 'mexfilik-siyaseti'],
  en: ['about-us', 'editorial-standards', 'corrections-policy', 'contact', 'accessibility-statement', 'privacy-policy'],
  ru: ['o-nas', 'redaktsionnye-standarty', 'politika-ispravleniy', 'kontakty', 'zayavlenie-o-dostupnosti', 'politika-konfidentsialnosti'],
}

const stamp = Date.now().toString(36)
const json = { 'content-type': 'application/json' }
let token = ''
let prolific = { az: '', en: '' }

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await get(`/api${path}`, {
    method,
    headers: { ...json, authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = (await response.json()) as T
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
  return data
}

type Page = { status: number; document: Document; jsonLd: Record<string, unknown>[] }

async function page(path: string): Promise<Page> {
  const response = await get(path)
  const { document } = new JSDOM(await response.text()).window
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap(
    (script) => (JSON.parse(script.textContent ?? '') as { '@graph': Record<string, unknown>[] })['@graph'],
  )
  return { status: response.status, document, jsonLd }
}

const ofType = (data: Record<string, unknown>[], type: string) => data.find((item) => item['@type'] === type) ?? {}
const hrefs = (document: Document, selector: string) => [...document.querySelectorAll(`${selector} a`)].map((link) => link.getAttribute('href'))

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  // An author with eleven articles in Azerbaijani and one in English: two pages in az, one in en.
  const author = (await api<{ doc: { id: number; slug: string } }>('POST', '/authors?locale=az', { name: `Sınaq Müəllifi ${stamp}` })).doc
  const en = (await api<{ doc: { slug: string } }>('PATCH', `/authors/${author.id}?locale=en`, { name: `Test Author ${stamp}` })).doc
  prolific = { az: author.slug, en: en.slug }
  for (let n = 1; n <= 11; n++) {
    const publishedAt = new Date(Date.UTC(2020, 0, n, 9)).toISOString()
    const article = (
      await api<{ doc: { id: number } }>('POST', '/articles?locale=az', {
        title: `Müəllif səhifəsi ${stamp} ${n}`,
        authors: [author.id],
        publishedAt,
        _status: 'published',
      })
    ).doc
    if (n === 11) await api('PATCH', `/articles/${article.id}?locale=en`, { title: `Author page ${stamp}`, _status: 'published' })
  }
})

describe.each(LOCALES)('in %s, an author’s page', (locale) => {
  it('shows photo, name, role, biography, profile links and their articles, with Person JSON-LD', async () => {
    const { status, document, jsonLd } = await page(`/${locale}/author/${LEYLA_SLUG}`)
    expect(status).toBe(200)
    expect(document.querySelector('h1')?.textContent).toBe(LEYLA.name[locale])
    expect(document.querySelector('.author-photo')?.getAttribute('src')).toMatch(/\.(webp|png)$/)
    expect(document.querySelector('.author-role')?.textContent).toBe(LEYLA.role[locale])
    expect(document.querySelector('.author-bio')?.textContent).toBe(LEYLA.bio[locale])
    expect(hrefs(document, '.author-links')).toEqual(LEYLA.links.map((link) => link.url))
    expect(hrefs(document, '.story-grid')).toContain(`/${locale}/news/${KHOJALY[locale]}`)

    const url = `${baseURL()}/${locale}/author/${LEYLA_SLUG}`
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url)
    const hreflang = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => link.getAttribute('hreflang'))
    expect(hreflang.sort()).toEqual(['az', 'en', 'ru', 'x-default'])
    const person = ofType(jsonLd, 'Person')
    expect(person).toMatchObject({
      name: LEYLA.name[locale],
      url,
      jobTitle: LEYLA.role[locale],
      description: LEYLA.bio[locale],
      sameAs: LEYLA.links.map((link) => link.url),
      worksFor: { '@type': 'NewsMediaOrganization', url: `${baseURL()}/${locale}` },
    })
    expect(person.image).toMatch(new RegExp(`^${baseURL()}/api/media/`))
  })

  it('is linked from the bylines of their articles, and the article’s JSON-LD names it as the author’s url', async () => {
    const { document, jsonLd } = await page(`/${locale}/news/${KHOJALY[locale]}`)
    expect(hrefs(document, '.byline-authors')).toEqual([`/${locale}/author/${LEYLA_SLUG}`])
    expect(ofType(jsonLd, 'NewsArticle').author).toEqual([{ '@type': 'Person', name: LEYLA.name[locale], url: `${baseURL()}/${locale}/author/${LEYLA_SLUG}` }])
  })

  it('is a 404 for an unknown author or a page of articles that does not exist', async () => {
    expect((await get(`/${locale}/author/no-such-author-${stamp}`)).status).toBe(404)
    for (const bad of ['?page=99', '?page=2', '?page=0', '?page=abc'])
      expect([bad, (await get(`/${locale}/author/${LEYLA_SLUG}${bad}`)).status]).toEqual([bad, 404])
  })
})

describe('an author without a slug in a language yet', () => {
  it('is named in that language’s byline without a link to a page that does not exist', async () => {
    const author = await api<{ doc: { id: number; slug: string } }>('POST', '/authors?locale=az', { name: `Yeni müəllif ${stamp}` })
    const created = await api<{ doc: { id: number; slug: string } }>('POST', '/articles?locale=az', { title: `Yeni müəllifin yazısı ${stamp}`, authors: [author.doc.id], _status: 'published' })
    const en = await api<{ doc: { slug: string } }>('PATCH', `/articles/${created.doc.id}?locale=en`, { title: `A new author's story ${stamp}`, _status: 'published' })

    const az = await page(`/az/news/${created.doc.slug}`)
    expect(hrefs(az.document, '.byline-authors')).toEqual([`/az/author/${author.doc.slug}`])
    const english = await page(`/en/news/${en.doc.slug}`)
    expect(english.document.querySelector('.byline-authors')?.textContent).toContain(`Yeni müəllif ${stamp}`)
    expect(hrefs(english.document, '.byline-authors')).toEqual([])
    expect(ofType(english.jsonLd, 'NewsArticle').author).toEqual([{ '@type': 'Person', name: `Yeni müəllif ${stamp}` }])
    expect((await get(`/en/author/${author.doc.slug}`)).status).toBe(404)
  })
})

describe('an author’s articles', () => {
  it('come ten to a page, newest first, in the page’s language only', async () => {
    const first = await page(`/az/author/${prolific.az}`)
    expect(first.status).toBe(200)
    const titles = [...first.document.querySelectorAll('.story-grid h3')].map((heading) => heading.textContent?.trim())
    expect(titles).toHaveLength(10)
    expect(titles[0]).toBe(`Müəllif səhifəsi ${stamp} 11`)
    expect(hrefs(first.document, '.pagination')).toContain(`/az/author/${prolific.az}?page=2`)

    const second = await page(`/az/author/${prolific.az}?page=2`)
    expect(second.status).toBe(200)
    expect([...second.document.querySelectorAll('.story-grid h3')].map((heading) => heading.textContent?.trim())).toEqual([`Müəllif səhifəsi ${stamp} 1`])
    expect((await get(`/az/author/${prolific.az}?page=3`)).status).toBe(404)

    const english = await page(`/en/author/${prolific.en}`)
    expect([...english.document.querySelectorAll('.story-grid h3')].map((heading) => heading.textContent?.trim())).toEqual([`Author page ${stamp}`])
    expect(english.document.querySelector('.pagination a')).toBeNull()
    // Not translated into Russian: no Russian page, and the language switch leads to the Russian home.
    expect((await get(`/ru/author/${prolific.az}`)).status).toBe(404)
  })
})

describe.each(LOCALES)('in %s, the standing pages', (locale) => {
  it('are linked from the footer in order, and each opens', async () => {
    const home = await page(`/${locale}`)
    const expected = PAGE_SLUGS[locale].map((slug) => `/${locale}/page/${slug}`)
    // Other test files publish pages of their own: the demo pages are checked for their order among them.
    const links = hrefs(home.document, '.footer-pages').filter((href) => expected.includes(href ?? ''))
    expect(links).toEqual(expected)
    for (const [index, link] of links.entries()) {
      const standing = await page(link ?? '')
      expect([link, standing.status]).toEqual([link, 200])
      expect(standing.document.querySelector('h1')?.textContent).toBe(seedPages[index].text[locale].title)
      expect(standing.document.querySelectorAll('.article-body p').length).toBeGreaterThanOrEqual(1)
      expect(standing.document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${baseURL()}${link}`)
      // And from every other page's footer too (the layout draws it).
      expect(hrefs(standing.document, '.footer-pages')).toEqual(expect.arrayContaining(expected))
    }
  })

  it('are named as the newsroom’s policies in the home page’s Organization JSON-LD', async () => {
    const { jsonLd } = await page(`/${locale}`)
    const url = (purpose: string) => `${baseURL()}/${locale}/page/${PAGE_SLUGS[locale][seedPages.findIndex((p) => p.purpose === purpose)]}`
    const organization = ofType(jsonLd, 'NewsMediaOrganization')
    expect(organization).toMatchObject({
      publishingPrinciples: url('standards'),
      correctionsPolicy: url('corrections-policy'),
      // No ethics page of its own: the editorial standards are the ethics policy.
      ethicsPolicy: url('standards'),
    })
  })

  it('are in the language’s sitemap with the authors’ pages', async () => {
    const sitemap = await languageSitemapText(locale)
    for (const slug of PAGE_SLUGS[locale]) expect(sitemap).toContain(`<loc>${baseURL()}/${locale}/page/${slug}</loc>`)
    expect(sitemap).toContain(`<loc>${baseURL()}/${locale}/author/${LEYLA_SLUG}</loc>`)
  })
})

describe('a standing page saved as a draft', () => {
  it('is a 404 for the public and missing from the footer until it is published', async () => {
    const draft = (
      await api<{ doc: { id: number; slug: string } }>('POST', '/pages?locale=en', { title: `Advertising ${stamp}`, footerOrder: 0, _status: 'draft' })
    ).doc
    expect((await get(`/en/page/${draft.slug}`)).status).toBe(404)
    expect(hrefs((await page('/en')).document, '.footer-pages')).not.toContain(`/en/page/${draft.slug}`)

    await api('PATCH', `/pages/${draft.id}?locale=en`, { _status: 'published' })
    expect((await get(`/en/page/${draft.slug}`)).status).toBe(200)
    expect(hrefs((await page('/en')).document, '.footer-pages')).toContain(`/en/page/${draft.slug}`)
    // Gone again, so that other test files see the demo footer.
    await api('DELETE', `/pages/${draft.id}`)
    expect((await get(`/en/page/${draft.slug}`)).status).toBe(404)
  })
})
