import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { JSDOM } from 'jsdom'
import { chromium, type Browser } from 'playwright-core'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/**
 * Corrections over HTTP against the running portal: a note added to the Azerbaijani original shows in every
 * published language at once, as "the original was corrected" until it is translated and as the translated note
 * after; the article's JSON-LD, the corrections page and its feed follow.
 */

const stamp = Date.now().toString(36)
const json = { 'content-type': 'application/json' }
const tokens: Record<'admin' | 'translator', string> = { admin: '', translator: '' }
const headersAs = (who: keyof typeof tokens) => ({ ...json, authorization: `JWT ${tokens[who]}` })

type Note = { id: string; kind: string; date: string; placement?: string | null }
type Article = { id: number; slug: string; corrections?: Note[] }

async function api<T>(who: keyof typeof tokens, method: string, path: string, body?: unknown): Promise<T> {
  const response = await get(`/api${path}`, { method, headers: headersAs(who), body: body === undefined ? undefined : JSON.stringify(body) })
  const data = (await response.json()) as T
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
  return data
}

async function login(email: string, password: string): Promise<string> {
  const response = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify({ email, password }) })
  return ((await response.json()) as { token: string }).token
}

async function page(path: string): Promise<Document> {
  const response = await get(path)
  expect(response.status).toBe(200)
  return new JSDOM(await response.text()).window.document
}

function newsArticleJsonLd(document: Document): { dateModified: string; correction?: { '@type': string; text: string; datePublished: string; url: string }[] } {
  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    const data = JSON.parse(script.textContent ?? '') as Record<string, unknown>
    return (data['@graph'] as Record<string, unknown>[] | undefined) ?? [data]
  })
  return blocks.find((block) => block['@type'] === 'NewsArticle') as ReturnType<typeof newsArticleJsonLd>
}

const NOTE_AZ = `Məqalədə qurbanların sayı səhv göstərilmişdi; düzəldilib. ${stamp}`
const NOTE_EN = `The article gave a wrong number of victims; it has been corrected. ${stamp}`
const CLARIFICATION_AZ = `Mənbənin adı dəqiqləşdirilib. ${stamp}`
// 23:30 in Baku: still 30 November on the page (the newsroom's time zone), and later than other tests' notes.
const CORRECTED_AT = '2026-11-30T19:30:00.000Z'

let article: Article
let slugs: { az: string; en: string }
let browser: Browser | undefined
const translator = { email: `translator-${stamp}@corrections.test`, password: 'password-123456' }

beforeAll(async () => {
  tokens.admin = await login(ADMIN.email, ADMIN.password)
  await api('admin', 'POST', '/users', { name: 'Tərcüməçi', role: 'translator', ...translator })
  tokens.translator = await login(translator.email, translator.password)

  const created = await api<{ doc: Article }>('admin', 'POST', '/articles?locale=az', { title: `Düzəliş ediləcək xəbər ${stamp}`, standfirst: 'Giriş', _status: 'published' })
  const en = await api<{ doc: Article }>('admin', 'PATCH', `/articles/${created.doc.id}?locale=en`, {
    title: `A story to be corrected ${stamp}`,
    standfirst: 'Lead',
    _status: 'published',
  })
  article = created.doc
  slugs = { az: created.doc.slug, en: en.doc.slug }
})

afterAll(async () => {
  await browser?.close()
})

describe('a correction to the Azerbaijani original', () => {
  it('shows nothing before there is one', async () => {
    const document = await page(`/en/news/${slugs.en}`)
    expect(document.querySelector('.corrections')).toBeNull()
    expect(newsArticleJsonLd(document).correction).toBeUndefined()
  })

  it('shows the note in az, and in en a notice in English that the original was corrected, linking to it', async () => {
    const saved = await api<{ doc: Article }>('admin', 'PATCH', `/articles/${article.id}?locale=az`, {
      corrections: [
        { kind: 'correction', date: CORRECTED_AT, text: NOTE_AZ },
        { kind: 'clarification', date: '2026-11-29T09:30:00.000Z', text: CLARIFICATION_AZ },
      ],
      _status: 'published',
    })
    article = saved.doc

    const az = await page(`/az/news/${slugs.az}`)
    expect(az.querySelector('.corrections-top')?.textContent).toContain(NOTE_AZ)
    expect(az.querySelector('.corrections-top')?.textContent).toMatch(/^Düzəliş, 30 noyabr 2026/)
    // A clarification goes after the text, unless the editor chose otherwise.
    expect(az.querySelector('.corrections-end')?.textContent).toContain(CLARIFICATION_AZ)

    const en = await page(`/en/news/${slugs.en}`)
    const top = en.querySelector('.corrections-top li')
    expect(top?.getAttribute('data-translated')).toBe('false')
    expect(top?.textContent).toContain('The Azerbaijani original of this article was corrected on November 30, 2026.')
    expect(top?.textContent).not.toContain(NOTE_AZ)
    expect(top?.querySelector('a')?.getAttribute('href')).toBe(`/az/news/${slugs.az}`)
    expect(en.querySelector('.corrections-end')?.textContent).toContain('was clarified on November 29, 2026')

    const data = newsArticleJsonLd(en)
    expect(data.correction?.[0]).toMatchObject({ '@type': 'CorrectionComment', datePublished: CORRECTED_AT })
    expect(data.correction?.[0].text).toContain('The Azerbaijani original of this article was corrected on November 30, 2026.')
    expect(data.correction?.[0].url).toMatch(new RegExp(`/en/news/${slugs.en}#correction-`))
    expect(Date.parse(data.dateModified)).toBeGreaterThanOrEqual(Date.parse(CORRECTED_AT))
  })

  it('shows the translated note once the translation is published, never a translator’s draft before', async () => {
    const note = article.corrections?.[0]
    expect(note).toBeDefined()
    await api('translator', 'PATCH', `/articles/${article.id}?locale=en&draft=true`, { corrections: [{ id: note?.id, text: NOTE_EN }], _status: 'draft' })
    expect((await page(`/en/news/${slugs.en}`)).querySelector('.corrections-top')?.textContent).not.toContain(NOTE_EN)

    // What the admin's form sends: every row whole, this language's text in it.
    const [first, second] = article.corrections ?? []
    await api('admin', 'PATCH', `/articles/${article.id}?locale=en`, { corrections: [{ ...first, text: NOTE_EN }, { ...second, text: null }], _status: 'published' })
    const en = await page(`/en/news/${slugs.en}`)
    const top = en.querySelector('.corrections-top li')
    expect(top?.getAttribute('data-translated')).toBe('true')
    expect(top?.textContent).toBe(`Correction, November 30, 2026: ${NOTE_EN}`)
    expect(newsArticleJsonLd(en).correction?.[0].text).toBe(NOTE_EN)
    // The clarification is still to translate, and says so.
    expect(en.querySelector('.corrections-end')?.textContent).toContain('was clarified on November 29, 2026')
  })
})

describe('the corrections page and feed', () => {
  it('lists the corrected article in each language, with its notes', async () => {
    const en = await page('/en/corrections')
    const item = [...en.querySelectorAll('.corrected-list > li')].find((li) => li.textContent?.includes(`A story to be corrected ${stamp}`))
    expect(item?.querySelector('h2 a')?.getAttribute('href')).toBe(`/en/news/${slugs.en}`)
    expect(item?.textContent).toContain(NOTE_EN)
    expect(en.querySelector('link[rel="alternate"][type="application/rss+xml"][href$="/en/corrections/rss.xml"]')).not.toBeNull()

    const az = await page('/az/corrections')
    expect(az.querySelector('h1')?.textContent).toBe('Düzəlişlər')
    // The latest corrected first.
    expect(az.querySelector('.corrected-list > li')?.textContent).toContain(NOTE_AZ)
    expect((await get('/az/corrections?page=abc')).status).toBe(404)
    expect((await get('/az/corrections?page=99')).status).toBe(404)
  })

  it('carries each note as an item of the language’s corrections feed', async () => {
    const response = await get('/en/corrections/rss.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const channel = (new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { channel: { title: string; item: unknown } } }).rss.channel
    const items = ([] as { title: string; link: string; description: string; pubDate: string }[]).concat(channel.item as never)
    const ours = items.filter((entry) => entry.link.includes(`/en/news/${slugs.en}#correction-`))
    expect(ours.map((entry) => entry.title)).toEqual([`Correction: A story to be corrected ${stamp}`, `Clarification: A story to be corrected ${stamp}`])
    expect(ours[0].description).toBe(NOTE_EN)
    expect(ours[1].description).toContain('was clarified on November 29, 2026')
    expect(new Date(ours[0].pubDate).toISOString()).toBe(CORRECTED_AT)
  })
})

describe("the translators' dashboard", () => {
  it('lists the language with a note to translate and counts the notes', async () => {
    browser = await chromium.launch(launchOptions)
    const page = await browser.newPage({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en' } })
    await page.goto(`${baseURL()}/admin/login`)
    await page.locator('input[name="email"]').fill(translator.email)
    await page.locator('input[name="password"]').fill(translator.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(/\/admin$/)
    await page.goto(`${baseURL()}/admin/translations`)
    await page.getByRole('heading', { name: 'Translations' }).waitFor()
    await expect(page.locator('[data-corrections]').textContent()).resolves.toMatch(/^\d+ correction notes? to translate$/)
    // The clarification is still untranslated in en; ru has no translation at all, so nothing to count there.
    const row = page.locator(`tr:has(a[href="/admin/collections/articles/${article.id}?locale=en"])`)
    await expect(row.getAttribute('data-state')).resolves.toBe('correction')
    await expect(row.textContent()).resolves.toContain('correction to translate')
    await expect(row.textContent()).resolves.toContain('1 correction note to translate')
    await expect(page.locator(`tr:has(a[href="/admin/collections/articles/${article.id}?locale=ru"])`).getAttribute('data-state')).resolves.toBe('missing')
  })
})
