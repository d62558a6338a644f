import { describe, expect, it } from '@jest/globals'

import { currentOrNextAnniversary } from '@/lib/anniversary'

import { get } from './env'

/** The readers' pages over plain HTTP, as a browser without JavaScript (or a crawler) gets them. */

const html = async (path: string) => {
  const response = await get(path)
  return { status: response.status, body: await response.text() }
}
const h1 = (body: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(body)?.[1].replace(/<[^>]+>/g, '')

const KHOJALY = {
  az: { event: 'xocali-soyqirimi', name: 'Xocalı soyqırımı', article: 'azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir', word: 'Vəliyev' },
  en: { event: 'khojaly-genocide', name: 'Khojaly genocide', article: 'azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide', word: 'Veliyev' },
  ru: { event: 'khodzhalinskiy-genotsid', name: 'Ходжалинский геноцид', article: 'azerbaydzhan-otmechaet-21-yu-godovshchinu-khodzhalinskogo-genotsida', word: 'Велиев' },
} as const

describe.each(Object.entries(KHOJALY))('in %s', (locale, khojaly) => {
  it('the remembrance index lists the event with its next anniversary', async () => {
    const page = await html(`/${locale}/remembrance`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`href="/${locale}/remembrance/${khojaly.event}"`)
    expect(page.body).toMatch(/<time dateTime="\d{4}-02-26"/)
  })

  it('the event page shows its facts, its coverage by year, sources, and links the other languages', async () => {
    const page = await html(`/${locale}/remembrance/${khojaly.event}`)
    expect(page.status).toBe(200)
    expect(h1(page.body)).toBe(khojaly.name)
    expect(page.body).toMatch(/613/)
    expect(page.body).toMatch(/1[\s,.\u00a0\u202f]?275/)
    expect(page.body).toContain(`href="/${locale}/news/${khojaly.article}"`)
    expect(page.body).toContain('>2013</h3>')
    for (const [other, data] of Object.entries(KHOJALY)) expect(page.body).toContain(`href="/${other}/remembrance/${data.event}"`)
  })

  it('the article page links its section, tags, event and share targets', async () => {
    const page = await html(`/${locale}/news/${khojaly.article}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`href="/${locale}/remembrance/${khojaly.event}"`)
    expect(page.body).toMatch(new RegExp(`href="/${locale}/category/[a-z-]+"`))
    expect(page.body).toMatch(new RegExp(`href="/${locale}/tag/[a-z-]+"`))
    expect(page.body).toContain('https://www.facebook.com/sharer/sharer.php?u=')
    expect(page.body).toContain('https://t.me/share/url?url=')
  })

  it('search finds the anniversary article by a word from its body', async () => {
    const page = await html(`/${locale}/search?q=${encodeURIComponent(khojaly.word)}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`href="/${locale}/news/${khojaly.article}"`)
  })

  it('search says so when nothing matches, and treats wildcards and long input as plain text', async () => {
    // Every word must appear, so an "always true" SQL tail next to a word no article has finds nothing.
    for (const q of ['zzqxv', '%', '_', '%%_%', "zzqxv' OR '1'='1", 'zzqxv") OR 1=1 --', 'a'.repeat(5000)]) {
      const page = await html(`/${locale}/search?q=${encodeURIComponent(q)}`)
      expect([q.slice(0, 10), page.status]).toEqual([q.slice(0, 10), 200])
      expect(page.body).not.toContain(`href="/${locale}/news/${khojaly.article}"`)
    }
  })

  it('category pages page through articles; made-up pages and slugs are 404s', async () => {
    const article = await html(`/${locale}/news/${khojaly.article}`)
    const category = new RegExp(`href="(/${locale}/category/[a-z-]+)"`).exec(article.body)?.[1] ?? ''
    expect((await html(category)).status).toBe(200)
    expect((await html(`${category}?page=1`)).status).toBe(200)
    for (const bad of ['?page=2', '?page=0', '?page=-1', '?page=abc', '?page=1.5']) expect([bad, (await html(`${category}${bad}`)).status]).toEqual([bad, 404])
    expect((await html(`/${locale}/category/no-such-section`)).status).toBe(404)
    expect((await html(`/${locale}/tag/no-such-tag`)).status).toBe(404)
  })
})

describe('search across scripts and by beginnings of words', () => {
  const english = `href="/en/news/${KHOJALY.en.article}"`

  it.each(['Ходжалы', 'Xocalı', 'xocali', 'KHOJ'])('finds the English Khojaly coverage on /en/search for %s', async (q) => {
    const page = await html(`/en/search?q=${encodeURIComponent(q)}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(english)
  })

  it('answers FTS syntax as plain words', async () => {
    for (const q of ['"', 'NEAR(khojaly genocide)', 'khojaly*', 'title:khojaly', 'khojaly AND', '^khojaly']) {
      const page = await html(`/en/search?q=${encodeURIComponent(q)}`)
      expect([q, page.status]).toEqual([q, 200])
    }
    expect((await html(`/en/search?q=${encodeURIComponent('title:khojaly')}`)).body).not.toContain(english)
    expect((await html(`/en/search?q=${encodeURIComponent('^khojaly*')}`)).body).toContain(english)
  })
})

describe('home page', () => {
  it('has the lead story, the news line, the remembrance spotlight and all sections', async () => {
    const page = await html('/en')
    expect(page.status).toBe(200)
    expect(page.body).toContain('aria-labelledby="lead"')
    expect(page.body).toContain('href="/en/remembrance/khojaly-genocide"')
    const { number } = currentOrNextAnniversary('1992-02-25T12:00:00.000Z', { month: '2', day: 26 }, new Date())
    const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(number) as 'one']
    expect(page.body).toContain(`${number}${suffix} anniversary`)
    expect(page.body).toContain('href="/en/category/remembrance"')
  })
})
