import { describe, expect, it } from '@jest/globals'
import { XMLValidator } from 'fast-xml-parser'

import { parseSitemapFile, planSitemapFiles, SITEMAP_LIMITS, sitemapUrlsPerFile, urlsPerFile } from '@/lib/feeds/sitemapFiles'

/**
 * How a language's sitemap is split into numbered files (lib/feeds/sitemapFiles.ts): with small limits injected,
 * every file keeps under them, every URL is in exactly one file in order, and each run starts at a multiple of the
 * file size, so where it starts is known from the counts alone.
 */

type Source = 'fixed' | 'tags' | 'days' | 'articles'

/** The URLs of the plan, file by file, as `source:index`. */
function expand(files: { source: Source; start: number; count: number }[][]): string[][] {
  return files.map((slices) => slices.flatMap(({ source, start, count }) => Array.from({ length: count }, (_, i) => `${source}:${start + i}`)))
}

describe('sitemap files', () => {
  it('keeps every URL once, in order, in files of at most the limit', () => {
    const counts: { source: Source; count: number }[] = [
      { source: 'fixed', count: 3 },
      { source: 'tags', count: 7 },
      { source: 'days', count: 0 },
      { source: 'articles', count: 23 },
    ]
    const files = expand(planSitemapFiles(counts, 5))
    for (const file of files) expect(file.length).toBeLessThanOrEqual(5)
    const expected = counts.flatMap(({ source, count }) => Array.from({ length: count }, (_, i) => `${source}:${i}`))
    expect(files.flat()).toEqual(expected)
    // Full pages stand alone; the partial ones share: 3 fixed + the last 2 tags, 5 tags, 4 × 5 articles, 3 articles.
    expect(files.map((file) => file.length)).toEqual([3, 5, 2, 5, 5, 5, 5, 3])
  })

  it('starts each run of a source at a multiple of the file size', () => {
    const plan = planSitemapFiles<Source>([{ source: 'fixed', count: 3 }, { source: 'tags', count: 12 }, { source: 'articles', count: 31 }], 10)
    for (const slice of plan.flat()) expect(slice.start % 10).toBe(0)
  })

  it('packs small sources into one file', () => {
    const plan = planSitemapFiles<Source>([{ source: 'fixed', count: 3 }, { source: 'tags', count: 40 }, { source: 'articles', count: 900 }], 1_000)
    expect(plan).toEqual([
      [
        { source: 'fixed', start: 0, count: 3 },
        { source: 'tags', start: 0, count: 40 },
        { source: 'articles', start: 0, count: 900 },
      ],
    ])
  })

  it('has one file when there is nothing to list', () => {
    expect(planSitemapFiles<Source>([{ source: 'articles', count: 0 }], 10)).toEqual([[]])
  })

  it('fits under both limits, in thousands', () => {
    expect(urlsPerFile({ urls: 50_000, bytes: 1_000_000 }, 100, 99)).toBe(10_000)
    expect(urlsPerFile({ urls: 5_500, bytes: 1e9 }, 100, 99)).toBe(5_000)
    expect(() => urlsPerFile({ urls: 50_000, bytes: 1_000 }, 100, 99)).toThrow()
  })

  it('keeps a full file of the longest possible URLs under 50 MB and 50,000 URLs', async () => {
    const { renderUrlset } = await import('@/lib/feeds/sitemapXml')
    const { XML_DECLARATION } = await import('@/lib/feeds/xml')
    const origin = 'https://www.a-rather-long-host-name-for-a-news-portal.example.az'
    const perFile = sitemapUrlsPerFile(origin)
    expect(perFile).toBeLessThanOrEqual(SITEMAP_LIMITS.urls)
    expect(perFile).toBeGreaterThan(SITEMAP_LIMITS.urls / 2)
    const slug = 'x'.repeat(80)
    const longest = `${origin}/az/remembrance/${slug}`
    const alternates = ['az', 'en', 'ru', 'x-default'].map((hreflang) => ({ hreflang, href: longest }))
    const xml = XML_DECLARATION + renderUrlset(Array.from({ length: perFile }, () => ({ loc: longest, lastmod: '2026-12-07T13:00:00.000Z', alternates })))
    expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(SITEMAP_LIMITS.bytes)
    expect(XMLValidator.validate(xml)).toBe(true)
  })

  it('takes SITEMAP_URLS_PER_FILE when it is lower than the limits, and never more', () => {
    const origin = 'https://news.example.az'
    expect(sitemapUrlsPerFile(origin, {})).toBe(SITEMAP_LIMITS.urls)
    expect(sitemapUrlsPerFile(origin, { SITEMAP_URLS_PER_FILE: '7' })).toBe(7)
    for (const value of ['999999', '0', '-3', 'abc', '2.5']) expect(sitemapUrlsPerFile(origin, { SITEMAP_URLS_PER_FILE: value })).toBe(SITEMAP_LIMITS.urls)
  })

  it('reads file numbers from 1 and nothing else', () => {
    expect(parseSitemapFile('1.xml')).toBe(1)
    expect(parseSitemapFile('12.xml')).toBe(12)
    for (const bad of ['0.xml', '01.xml', '1', '1.xml.gz', 'a.xml', '-1.xml', '1.5.xml', '9999999.xml']) expect(parseSitemapFile(bad)).toBeNull()
  })
})
