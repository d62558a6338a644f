import type { Locale } from '@/i18n/locales'
import { DOCUMENT_ROUTE } from '@/i18n/routes'
import { listEvents } from '@/lib/data/remembrance'
import { listLocalizedDocs, type LocalizedDoc, type SitemapCollection } from '@/lib/data/sitemap'
import { formatMonthDay } from '@/lib/remembrance/onThisDay'
import { everyLocale, hreflangAlternates, localizedUrls } from '@/lib/seo/hreflang'

import type { SitemapUrl } from './sitemapXml'

/** Every collection readers reach by slug (i18n/routes.ts). */
const COLLECTIONS = Object.keys(DOCUMENT_ROUTE) as SitemapCollection[]

function docUrl(locale: Locale, origin: string, collection: SitemapCollection, doc: LocalizedDoc): SitemapUrl[] {
  const urls = localizedUrls(doc.slugs, origin, collection)
  const loc = urls[locale]
  return loc ? [{ loc, lastmod: doc.updatedAt, alternates: hreflangAlternates(urls) }] : []
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

/**
 * The sitemap of one language: its home, remembrance index and corrections page, then every published article,
 * event, section and tag that exists in it, each with its other languages as xhtml:link alternates, and the
 * "on this day" pages of the events' commemoration days.
 */
export async function localeSitemapUrls(locale: Locale, origin: string): Promise<SitemapUrl[]> {
  const [docs, days] = await Promise.all([
    Promise.all(COLLECTIONS.map(async (collection) => ({ collection, docs: await listLocalizedDocs(collection) }))),
    commemorationDays(locale, origin),
  ])
  const articles = docs.find((entry) => entry.collection === 'articles')?.docs ?? []
  const newest = articles.filter((doc) => doc.slugs[locale]).reduce<string | null>((max, doc) => (!max || doc.updatedAt > max ? doc.updatedAt : max), null)
  const home = everyLocale(origin, '/')
  const remembrance = everyLocale(origin, '/remembrance')
  const corrections = everyLocale(origin, '/corrections')
  return [
    { loc: home[locale] as string, lastmod: newest, alternates: hreflangAlternates(home, `${origin}/`) },
    { loc: remembrance[locale] as string, alternates: hreflangAlternates(remembrance) },
    { loc: corrections[locale] as string, alternates: hreflangAlternates(corrections) },
    ...docs.flatMap(({ collection, docs: list }) => list.flatMap((doc) => docUrl(locale, origin, collection, doc))),
    ...days,
  ]
}
