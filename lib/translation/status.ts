import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { correctionsToTranslate, type CorrectionRow } from '@/lib/corrections'

/**
 * Translation status of a document per language, from its localized text fields read with
 * locale 'all' and the times recorded by collections/hooks/trackTranslation.ts:
 * - missing: a field that has Azerbaijani text is empty in that language;
 * - outdated: the Azerbaijani text changed after that language was last saved;
 * - correction: an article published in that language has a correction or clarification note written in
 *   Azerbaijani and not yet translated (its readers meanwhile see that the original was corrected);
 * - complete: none of these.
 */
export type TranslationState = 'complete' | 'missing' | 'outdated' | 'correction'

/** `corrections`: the notes still to translate (see lib/corrections.ts). */
export type LocaleStatus = { state: TranslationState; missing: string[]; corrections: number }

export type TrackedCollection = 'articles' | 'remembrance-events' | 'pages'

/** The text a translator translates, per collection (derived fields such as slugs and search text excluded). */
export const TRANSLATED_FIELDS: Record<TrackedCollection, readonly string[]> = {
  articles: ['title', 'standfirst', 'body'],
  'remembrance-events': ['name', 'summary', 'history'],
  pages: ['title', 'body'],
}

type PerLocale<T> = Partial<Record<string, T | null>> | null | undefined

export type TrackedDoc = {
  [field: string]: unknown
  translatedAt?: PerLocale<string>
  sourceChangedAt?: string | null
  /** Articles only; read with the slug, which tells the languages the article is published in. */
  corrections?: CorrectionRow[] | null
  slug?: PerLocale<string>
}

/** Plain text or Lexical rich text with something a reader would see. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(hasContent)
  if (typeof value === 'object') {
    const node = value as { type?: unknown; text?: unknown }
    if (typeof node.text === 'string') return node.text.trim() !== ''
    if (node.type === 'upload' || node.type === 'block' || node.type === 'relationship') return true
    return Object.values(value).some((child) => typeof child === 'object' && hasContent(child))
  }
  return true
}

const time = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : Number.NaN)

export function translationStatus(doc: TrackedDoc, fields: readonly string[]): Record<Locale, LocaleStatus> {
  const valueIn = (field: string, locale: Locale) => (doc[field] as PerLocale<unknown>)?.[locale]
  const sourceChanged = time(doc.sourceChangedAt)
  const status = {} as Record<Locale, LocaleStatus>
  for (const locale of locales) {
    const missing = fields.filter((field) => {
      const required = locale === defaultLocale || hasContent(valueIn(field, defaultLocale))
      return required && locale !== defaultLocale ? !hasContent(valueIn(field, locale)) : false
    })
    const saved = time(doc.translatedAt?.[locale])
    // A translation saved before the tracking existed has no time: only a later az change outdates it.
    const outdated = locale !== defaultLocale && !Number.isNaN(sourceChanged) && (Number.isNaN(saved) || saved < sourceChanged)
    const corrections = doc.slug?.[locale] ? correctionsToTranslate(doc.corrections, locale) : 0
    const state = missing.length > 0 ? 'missing' : outdated ? 'outdated' : corrections > 0 ? 'correction' : 'complete'
    status[locale] = { state, missing, corrections }
  }
  return status
}
