import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/**
 * Picks the reader's language among ours from an Accept-Language header
 * ("ru-RU,ru;q=0.9,en;q=0.8"): highest q first, region subtags ignored, az when nothing matches.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return defaultLocale
  const ranked = header
    .split(',')
    .slice(0, 20) // a header is attacker-controlled: bound the work
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q ? Number.parseFloat(q.slice(2)) : 1
      return { language: tag.split('-')[0].toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index }
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  return ranked.find((entry) => isLocale(entry.language))?.language as Locale | undefined ?? defaultLocale
}
