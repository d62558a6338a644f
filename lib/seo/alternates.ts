import { locales, type Locale } from '@/i18n/locales'
import { getPathname, type Href } from '@/i18n/navigation'
import { documentHref, type RoutedCollection } from '@/i18n/routes'

/**
 * Where the language switch leads: the same document under its own slug in each language (slugs from
 * lib/data/slugs.ts), or `fallback` there when it has no translation, never to a 404.
 */
export function alternatesFrom(slugs: Partial<Record<Locale, string>>, collection: RoutedCollection, fallback: Href): Record<Locale, string> {
  return Object.fromEntries(
    locales.map((locale) => {
      const slug = slugs[locale]
      return [locale, getPathname({ locale, href: slug ? documentHref(collection, slug) : fallback })]
    }),
  ) as Record<Locale, string>
}

/** The same page in every language, for pages each language has (home, indexes, search). */
export function everyLocalePath(href: Href): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, getPathname({ locale, href })])) as Record<Locale, string>
}
