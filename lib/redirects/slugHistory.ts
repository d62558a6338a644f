import { locales, type Locale } from '@/i18n/locales'

/** A document's slugs (or slug histories) by language. */
export type BySlugLocale<T> = Partial<Record<Locale, T>>

/** The collections whose documents keep their old slugs (fields/slugHistory.ts). */
export const SLUG_HISTORY_COLLECTIONS = ['articles', 'remembrance-events'] as const
export type SlugHistoryCollection = (typeof SLUG_HISTORY_COLLECTIONS)[number]

export function keepsSlugHistory(collection: string): collection is SlugHistoryCollection {
  return (SLUG_HISTORY_COLLECTIONS as readonly string[]).includes(collection)
}

type History = {
  /** The slugs readers reach the document by now (the published document's), or null when it is not published. */
  published: BySlugLocale<string> | null
  /** Its kept history, as published. */
  history: BySlugLocale<string[]>
  /** The slugs this save leaves it with. */
  next: BySlugLocale<string>
  /** Whether this save goes live (a publish); a draft changes no address. */
  publishing: boolean
}

/**
 * The old slugs a document keeps in each language after a save: its history so far, plus the slug readers
 * reached it by when a publish changes it. Only a published slug counts (a draft's was never an address);
 * no duplicates, oldest first, and never the slug it has now (renamed back, the slug is current again).
 */
export function nextSlugHistory({ published, history, next, publishing }: History): Record<Locale, string[]> {
  const result = {} as Record<Locale, string[]>
  for (const locale of locales) {
    const kept = [...(history[locale] ?? [])]
    const before = published?.[locale]
    const after = publishing ? next[locale] : before
    if (publishing && before && after && before !== after) kept.push(before)
    result[locale] = [...new Set(kept)].filter((slug) => slug && slug !== after)
  }
  return result
}
