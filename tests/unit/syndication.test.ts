import { describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { renderRss } from '@/lib/feeds/rss'
import { renderNewsSitemap, renderUrlset } from '@/lib/feeds/sitemapXml'
import { element, escapeXml } from '@/lib/feeds/xml'
import { hreflangMap } from '@/lib/seo/hreflang'
import { serializeJsonLd } from '@/lib/seo/jsonLd'
import { drawableText } from '@/lib/seo/ogFonts'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => ['item', 'url', 'category'].includes(name) })

const TRICKY = `Tom & Jerry's "<b>bold</b>" </script> — Şuşa, ə ğ ı ö ş ç ü, Ходжалы`

describe('the XML writer', () => {
  it('escapes text and attributes so any title round-trips through a real parser', () => {
    const xml = element('root', { title: TRICKY }, [element('t', {}, TRICKY)])
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = parser.parse(xml) as { root: { '@_title': string; t: string } }
    expect(parsed.root.t).toBe(TRICKY)
    expect(parsed.root['@_title']).toBe(TRICKY)
  })

  it('drops characters XML cannot carry at all', () => {
    expect(escapeXml('a\u0000b\u0008c\uFFFEd')).toBe('abcd')
  })
})

describe('RSS 2.0', () => {
  it('writes the required channel and item elements, the language and the hero image', () => {
    const xml = renderRss({
      title: TRICKY,
      link: 'https://news.example/az',
      description: 'Son xəbərlər',
      language: 'az',
      selfUrl: 'https://news.example/az/rss.xml',
      items: [
        {
          title: TRICKY,
          link: 'https://news.example/az/news/a?x=1&y=2',
          description: `${TRICKY} standfirst`,
          publishedAt: '2026-11-25T08:00:00.000Z',
          categories: ['Cəmiyyət & siyasət'],
          image: { url: 'https://news.example/api/media/file/a-1200x630.jpg', type: 'image/jpeg', width: 1200, height: 630, length: 1234 },
        },
      ],
    })
    expect(XMLValidator.validate(xml)).toBe(true)
    const { rss } = parser.parse(xml) as { rss: { '@_version': string; channel: Record<string, unknown> & { item: Record<string, unknown>[] } } }
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel).toMatchObject({ title: TRICKY, link: 'https://news.example/az', description: 'Son xəbərlər', language: 'az' })
    const [item] = rss.channel.item
    expect(item).toMatchObject({
      title: TRICKY,
      link: 'https://news.example/az/news/a?x=1&y=2',
      description: `${TRICKY} standfirst`,
      pubDate: 'Wed, 25 Nov 2026 08:00:00 GMT',
      category: ['Cəmiyyət & siyasət'],
    })
    expect(item.guid).toMatchObject({ '#text': 'https://news.example/az/news/a?x=1&y=2', '@_isPermaLink': 'true' })
    expect(item.enclosure).toMatchObject({ '@_url': 'https://news.example/api/media/file/a-1200x630.jpg', '@_length': '1234', '@_type': 'image/jpeg' })
    expect(item['media:content']).toMatchObject({ '@_width': '1200', '@_height': '630', '@_medium': 'image' })
  })

  it('leaves out the enclosure when the file size is unknown (it is required there)', () => {
    const xml = renderRss({
      title: 't',
      link: 'l',
      description: 'd',
      language: 'en',
      selfUrl: 's',
      items: [{ title: 't', link: 'l', publishedAt: '2026-11-25T08:00:00.000Z', categories: [], image: { url: 'u', type: 'image/jpeg' } }],
    })
    expect(xml).not.toContain('<enclosure')
    expect(xml).toContain('<media:content')
  })
})

describe('sitemaps', () => {
  it('lists locations with lastmod and xhtml:link alternates', () => {
    const xml = renderUrlset([
      { loc: 'https://n.example/az/news/a', lastmod: '2026-11-25T08:00:00.000Z', alternates: [{ hreflang: 'en', href: 'https://n.example/en/news/a?b=1&c=2' }] },
    ])
    expect(XMLValidator.validate(xml)).toBe(true)
    const { urlset } = parser.parse(xml) as { urlset: { url: Record<string, unknown>[] } }
    expect(urlset.url[0]).toMatchObject({ loc: 'https://n.example/az/news/a', lastmod: '2026-11-25T08:00:00.000Z' })
    expect(urlset.url[0]['xhtml:link']).toMatchObject({ '@_hreflang': 'en', '@_href': 'https://n.example/en/news/a?b=1&c=2' })
  })

  it('writes Google News entries', () => {
    const xml = renderNewsSitemap([{ loc: 'https://n.example/ru/news/a', publicationName: 'Портал & Co', language: 'ru', publishedAt: '2026-11-25T08:00:00.000Z', title: TRICKY }])
    const { urlset } = parser.parse(xml) as { urlset: { url: { 'news:news': Record<string, unknown> }[] } }
    expect(urlset.url[0]['news:news']).toEqual({
      'news:publication': { 'news:name': 'Портал & Co', 'news:language': 'ru' },
      'news:publication_date': '2026-11-25T08:00:00.000Z',
      'news:title': TRICKY,
    })
  })
})

describe('JSON-LD', () => {
  it('cannot end its script element, and parses back to the same text', () => {
    const text = serializeJsonLd({ '@type': 'NewsArticle', headline: TRICKY, note: '<!-- \u2028' })
    expect(text).not.toMatch(/<|>|&/)
    expect(JSON.parse(text)).toEqual({ '@type': 'NewsArticle', headline: TRICKY, note: '<!-- \u2028' })
  })
})

describe('hreflang', () => {
  it('links only the languages a page exists in, with x-default on Azerbaijani or the first there is', () => {
    expect(hreflangMap({ az: 'A', en: 'E' })).toEqual({ az: 'A', en: 'E', 'x-default': 'A' })
    expect(hreflangMap({ en: 'E', ru: 'R' })).toEqual({ en: 'E', ru: 'R', 'x-default': 'E' })
    expect(hreflangMap({ az: 'A', en: 'E', ru: 'R' }, '/')).toEqual({ az: 'A', en: 'E', ru: 'R', 'x-default': '/' })
  })
})

describe('share card text', () => {
  it('keeps Azerbaijani and Cyrillic letters and drops what the bundled fonts cannot draw', () => {
    expect(drawableText('Xocalı: ə ğ ı ö ş ç ü Ə Ğ İ — Ходжалы ҹәһ')).toBe('Xocalı: ə ğ ı ö ş ç ü Ə Ğ İ — Ходжалы ҹәһ')
    expect(drawableText('Baku 🎉 新闻 news')).toBe('Baku news')
  })
})
