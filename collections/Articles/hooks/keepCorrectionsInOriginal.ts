import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { EDITING_ROLES, hasRole } from '@/access/roles'
import { adminT } from '@/i18n/admin'
import { defaultLocale, isLocale } from '@/i18n/locales'
import type { CorrectionRow } from '@/lib/corrections'

type Row = CorrectionRow & Record<string, unknown>

/**
 * Corrections are written in the original and followed by the translations (collections/Articles/corrections.ts):
 * - a translator's save keeps the notes as they were and takes only their text in the language being saved
 *   (an array's rows are not localized, so field rules alone would let a translator add or drop a note);
 * - a note added while editing another language is refused: it would have no Azerbaijani text to follow;
 * - `lastCorrectedAt` is the latest note's date (the corrections page's order), written only here.
 */
export const keepCorrectionsInOriginal: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = ((originalDoc as { corrections?: Row[] } | undefined)?.corrections ?? []) as Row[]
  const next: Record<string, unknown> = { ...data, lastCorrectedAt: (originalDoc as { lastCorrectedAt?: string | null } | undefined)?.lastCorrectedAt ?? null }
  if (!Array.isArray(data.corrections)) return next
  const sent = data.corrections as Row[]

  if (req.user && !hasRole(req.user, EDITING_ROLES)) {
    next.corrections = before.map((row) => {
      const own = sent.find((candidate) => candidate.id === row.id)
      return own && 'text' in own ? { ...row, text: own.text } : row
    })
  } else if (isLocale(req.locale) && req.locale !== defaultLocale) {
    const known = new Set(before.map((row) => row.id))
    const added = sent.findIndex((row) => !row.id || !known.has(row.id))
    if (added >= 0) {
      const message = adminT(req.i18n)('custom:corrections.addInOriginal')
      throw new ValidationError({ collection: 'articles', errors: [{ path: `corrections.${added}.text`, message }] }, req.t)
    }
  }
  const dates = (next.corrections as Row[]).map((row) => row.date).filter((date): date is string => typeof date === 'string' && !Number.isNaN(Date.parse(date)))
  next.lastCorrectedAt = dates.length ? new Date(Math.max(...dates.map((date) => Date.parse(date)))).toISOString() : null
  return next
}
