import type { Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { listEvents } from '@/lib/data/remembrance'
import { countPublished, idBefore, listSitemapChunk, newestArticleUpdate, type LocalizedDoc, type SitemapCollection } from '@/lib/data/sitemap'
import { formatMonthDay } from '@/lib/remembrance/onThisDay'
import { everyLocale, hreflangAlternates, localizedUrls } from '@/lib/seo/hreflang'

import { planSitemapFiles, SITEMAP_CHUNK, sitemapUrlsPerFile, type FileSlice } from './sitemapFiles'
import type { SitemapUrl } from './sitemapXml'

/**
 * A language's sitemap: its home, remembrance index and corrections page, every published section, tag, author,
 * standing page and event, the "on this day" pages of the events' commemoration days, and every published
 * article (last: they are the many), each with its other languages as xhtml:link alternates, cut into numbered
 * files (lib/feeds/sitemapFiles.ts) listed by the indexes.
 */

type Source = 'fixed' | 'days' | SitemapCollection

const ORDER: readonly Source[] = ['fixed', 'categories', 'tags', 'authors', 'pages', 'remembrance-events', 'days', 'articles']

/** The index pages every language has. */
function fixedUrls(locale: Locale, origin: string, newest: string | null): SitemapUrl[] {
  const home = everyLocale(origin, '/')
  const remembrance = everyLocale(origin, '/remembrance')
  const corrections = everyLocale(origin, '/corrections')
  return [
    { loc: home[locale] as string, lastmod: newest, alternates: hreflangAlternates(home, `${origin}/`) },
    { loc: remembrance[locale] as string, alternates: hreflangAlternates(remembrance) },
    { loc: corrections[locale] as string, alternates: hreflangAlternates(corrections) },
  ]
}

/** "On this day" pages worth indexing: the days a remembrance event published in this language is commemorated on. */
async function commemorationDays(locale: Locale, origin: string): Promise<SitemapUrl[]> {
  const events = await listEvents(locale)
  const days = [...new Set(events.map(({ commemoration }) => formatMonthDay({ month: Number(commemoration.month), day: commemoration.day })))].sort()
  return days.map((day) => {
    const urls = everyLocale(origin, { pathname: '/on-this-day/[day]', params: { day } })
    return { loc: urls[locale] as string, alternates: hreflangAlternates(urls) }
  })
}

function docUrl(locale: Locale, origin: string, collection: SitemapCollection, doc: LocalizedDoc): SitemapUrl[] {
  const urls = localizedUrls(doc.slugs, origin, collection)
  const loc = urls[locale]
  return loc ? [{ loc, lastmod: doc.updatedAt, alternates: hreflangAlternates(urls) }] : []
}

/** The language's files: which run of which source each holds. Counts only, so it costs a few counts. */
export async function localeSitemapFiles(locale: Locale, origin: string): Promise<FileSlice<Source>[][]> {
  const counts = await Promise.all(
    ORDER.map(async (source) => ({
      source,
      count: source === 'fixed' ? fixedUrls(locale, origin, null).length : source === 'days' ? (await commemorationDays(locale, origin)).length : await countPublished(source, locale),
    })),
  )
  return planSitemapFiles(counts, sitemapUrlsPerFile(origin))
}

async function sliceUrls(locale: Locale, origin: string, { source, start, count }: FileSlice<Source>): Promise<SitemapUrl[]> {
  if (source === 'fixed') return fixedUrls(locale, origin, await newestArticleUpdate(locale)).slice(start, start + count)
  if (source === 'days') return (await commemorationDays(locale, origin)).slice(start, start + count)
  // From the id before the slice's first document, chunk after chunk, each starting after the last one's last id.
  const docs: LocalizedDoc[] = []
  let after = await idBefore(source, locale, start)
  while (docs.length < count) {
    const chunk = await listSitemapChunk(source, locale, after)
    docs.push(...chunk)
    if (chunk.length < SITEMAP_CHUNK) break
    after = chunk[chunk.length - 1].id
  }
  // Documents published since the count would only push the slice past its file's limit: they belong to the next file.
  return docs.slice(0, count).flatMap((doc) => docUrl(locale, origin, source, doc))
}

/** The URLs of the language's file `number` (from 1), or null when it has no such file. */
export async function localeSitemapFile(locale: Locale, origin: string, number: number): Promise<SitemapUrl[] | null> {
  const files = await localeSitemapFiles(locale, origin)
  const slices = files[number - 1]
  if (!slices) return null
  return (await Promise.all(slices.map((slice) => sliceUrls(locale, origin, slice)))).flat()
}

/** The absolute URL of the language's file `number`. */
export function sitemapFileUrl(origin: string, locale: Locale, number: number): string {
  return absoluteUrl(origin, locale, { pathname: '/sitemap/[file]', params: { file: `${number}.xml` } })
}
