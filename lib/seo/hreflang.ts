import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { absoluteUrl, type Href } from '@/i18n/navigation'
import { documentHref, type RoutedCollection } from '@/i18n/routes'
import type { Alternate } from '@/lib/feeds/sitemapXml'

/** Absolute URLs of a page in each language it exists in (slugs from lib/data/slugs.ts). */
export type LocalizedUrls = Partial<Record<Locale, string>>

/** A document's URL in each language it has a slug in. */
export function localizedUrls(slugs: Partial<Record<Locale, string>>, origin: string, collection: RoutedCollection): LocalizedUrls {
  return Object.fromEntries(locales.flatMap((locale) => (slugs[locale] ? [[locale, absoluteUrl(origin, locale, documentHref(collection, slugs[locale]))]] : [])))
}

/** The same page in every language, for pages that exist in all three (home, indexes). */
export function everyLocale(origin: string, href: Href): LocalizedUrls {
  return Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(origin, locale, href)]))
}

/**
 * hreflang targets: each language the page exists in, plus x-default, which is the given URL (the
 * language-negotiating "/" for pages every language has) or else the Azerbaijani version, or the
 * first language that has one. A language without the page gets no link at all.
 */
export function hreflangMap(urls: LocalizedUrls, xDefault?: string): Record<string, string> {
  const present = locales.filter((locale) => urls[locale])
  const entries: [string, string][] = present.map((locale) => [locale, urls[locale] as string])
  const fallback = xDefault ?? urls[defaultLocale] ?? (present[0] ? urls[present[0]] : undefined)
  if (fallback) entries.push(['x-default', fallback])
  return Object.fromEntries(entries)
}

export function hreflangAlternates(urls: LocalizedUrls, xDefault?: string): Alternate[] {
  return Object.entries(hreflangMap(urls, xDefault)).map(([hreflang, href]) => ({ hreflang, href }))
}

/** Open Graph locale names (language_TERRITORY). */
export const OG_LOCALE: Record<Locale, string> = { az: 'az_AZ', en: 'en_US', ru: 'ru_RU' }
