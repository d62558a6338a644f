import { locales, type Locale } from '@/i18n/locales'

/**
 * Where the language switch leads: the same document under its own slug in each language (slugs from
 * lib/data/slugs.ts), or `fallback` there when it has no translation, never to a 404.
 */
export function alternatesFrom(
  slugs: Partial<Record<Locale, string>>,
  path: (locale: Locale, slug: string) => string,
  fallback: (locale: Locale) => string,
): Record<Locale, string> {
  return Object.fromEntries(
    locales.map((locale) => {
      const slug = slugs[locale]
      return [locale, slug ? path(locale, slug) : fallback(locale)]
    }),
  ) as Record<Locale, string>
}
