import type { CollectionBeforeChangeHook } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'

/**
 * Records when each language's text was last changed (localized `translatedAt`) and when the
 * Azerbaijani source last changed (`sourceChangedAt`), so lib/translation/status.ts can tell an
 * outdated translation from a current one. Only a change to the translated fields counts: publishing,
 * or an editor changing categories while looking at the English form, translates nothing. Plain
 * dates in the document, so it works the same on SQLite and MongoDB.
 */
export function trackTranslation(fields: readonly string[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    const locale = req.locale
    // Saves of all languages at once (locale 'all') come from scripts; they carry their own times.
    if (!isLocale(locale)) return data
    const before = (originalDoc ?? {}) as Record<string, unknown>
    const changed = fields.some((field) => field in data && fingerprint(data[field]) !== fingerprint(before[field]))
    // Whatever a client sent for these is replaced: only this hook writes them.
    const next = { ...data, translatedAt: before.translatedAt ?? null, sourceChangedAt: before.sourceChangedAt ?? null }
    if (!changed) return next
    const now = new Date().toISOString()
    next.translatedAt = now
    if (locale === defaultLocale) next.sourceChangedAt = now
    return next
  }
}

/** Key order and empty values do not count as changes (the admin and the API serialise rich text differently). */
function fingerprint(value: unknown): string {
  if (value === undefined || value === null || value === '') return ''
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  )
}
