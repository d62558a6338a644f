import { defaultLocale, type Locale } from '@/i18n/locales'

/**
 * Corrections and clarifications of an article (collections/Articles/corrections.ts), read with locale 'all' so
 * that each language's own text is told apart from the Azerbaijani fallback: a note whose text exists in az
 * but not in the reader's language is shown as "the original was corrected on …" with a link to the az text,
 * and counts as a correction to translate in the translators' dashboard.
 */
export const CORRECTION_KINDS = ['correction', 'clarification'] as const
export type CorrectionKind = (typeof CORRECTION_KINDS)[number]

export const CORRECTION_PLACEMENTS = ['top', 'end'] as const
export type CorrectionPlacement = (typeof CORRECTION_PLACEMENTS)[number]

/** A row as stored: `text` per language (a locale 'all' read), or one language's text (a read with a locale). */
export type CorrectionRow = {
  id?: string | null
  kind?: CorrectionKind | null
  date?: string | null
  placement?: CorrectionPlacement | null
  text?: Partial<Record<string, string | null>> | string | null
}

export type CorrectionNote = {
  id: string
  kind: CorrectionKind
  /** ISO 8601. */
  date: string
  placement: CorrectionPlacement
  /** The note in the reader's language, or null while it is not translated yet. */
  text: string | null
}

/** A correction goes above the text and a clarification below it, unless the editor chose otherwise. */
export function placementOf(row: Pick<CorrectionRow, 'kind' | 'placement'>): CorrectionPlacement {
  return row.placement ?? (row.kind === 'clarification' ? 'end' : 'top')
}

function textIn(row: CorrectionRow, locale: Locale): string | null {
  const text = typeof row.text === 'string' ? (locale === defaultLocale ? row.text : null) : row.text?.[locale]
  return typeof text === 'string' && text.trim() ? text.trim() : null
}

/** Rows that are notes at all: a kind, a date and text in the original. */
function notes(rows: readonly CorrectionRow[] | null | undefined): CorrectionRow[] {
  return (rows ?? []).filter((row) => row.id && row.date && !Number.isNaN(Date.parse(row.date)) && textIn(row, defaultLocale) !== null)
}

/** The notes a reader of this language sees, newest first. */
export function correctionNotes(rows: readonly CorrectionRow[] | null | undefined, locale: Locale): CorrectionNote[] {
  return notes(rows)
    .map((row) => ({
      id: String(row.id),
      kind: row.kind === 'clarification' ? ('clarification' as const) : ('correction' as const),
      date: new Date(String(row.date)).toISOString(),
      placement: placementOf(row),
      text: textIn(row, locale),
    }))
    .sort((a, b) => b.date.localeCompare(a.date))
}

/** How many notes have Azerbaijani text but none in this language yet. */
export function correctionsToTranslate(rows: readonly CorrectionRow[] | null | undefined, locale: Locale): number {
  return locale === defaultLocale ? 0 : notes(rows).filter((row) => textIn(row, locale) === null).length
}

/** The later of two ISO times (either may be missing). */
export function later(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null
  if (!b) return a
  return Date.parse(a) >= Date.parse(b) ? a : b
}
