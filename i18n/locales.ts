/**
 * The one list of languages the portal speaks. Payload's field localization, its admin
 * interface and next-intl's routing all read it from here, so they can never disagree.
 */
export const locales = ['az', 'en', 'ru'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'az'

/** Each language by its own name, as a language picker shows it. */
export const LOCALE_LABELS: Record<Locale, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
