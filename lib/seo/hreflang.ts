import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { Alternate } from '@/lib/feeds/sitemapXml'

/** Absolute URLs of a page in each language it exists in (slugs from lib/seo/alternates.ts#localizedSlugs). */
export type LocalizedUrls = Partial<Record<Locale, string>>

export function localizedUrls(
  slugs: Partial<Record<Locale, string>>,
  origin: string,
  path: (locale: Locale, slug: string) => string,
): LocalizedUrls {
  return Object.fromEntries(locales.flatMap((locale) => (slugs[locale] ? [[locale, `${origin}${path(locale, slugs[locale])}`]] : [])))
}

/** The same path in every language, for pages that exist in all three (home, indexes). */
export function everyLocale(origin: string, path: (locale: Locale) => string): LocalizedUrls {
  return Object.fromEntries(locales.map((locale) => [locale, `${origin}${path(locale)}`]))
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
