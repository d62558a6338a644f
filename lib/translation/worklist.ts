import type { Payload, TypedUser } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { translationStatus, TRANSLATED_FIELDS, type TrackedCollection, type TrackedDoc, type TranslationState } from './status'

export type WorkItem = {
  collection: TrackedCollection
  id: number | string
  /** The Azerbaijani title or name. */
  title: string
  locale: Exclude<Locale, 'az'>
  state: Exclude<TranslationState, 'complete'>
  missing: string[]
  /** Correction notes to translate (they may wait beside missing or outdated text). */
  corrections: number
  /** Since when the translation has been due: the last change of the Azerbaijani text. */
  since: string
  /** The document in the admin, opened in the language to translate. */
  href: string
}

/**
 * Every article, remembrance event and standing page whose en or ru translation is missing or outdated, or whose
 * correction notes wait for translation, the one waiting longest first. Reads the latest drafts (what translators work on) as the staff member asking.
 */
export async function listTranslationWork(payload: Payload, user: TypedUser | null, adminRoute = '/admin'): Promise<WorkItem[]> {
  const work: WorkItem[] = []
  for (const collection of Object.keys(TRANSLATED_FIELDS) as TrackedCollection[]) {
    const fields = TRANSLATED_FIELDS[collection]
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      // As the staff member looking: only documents whose drafts they may read.
      user,
      overrideAccess: false,
      select: {
        ...Object.fromEntries(fields.map((field) => [field, true])),
        translatedAt: true,
        sourceChangedAt: true,
        createdAt: true,
        ...(collection === 'articles' ? { slug: true, corrections: true, lastCorrectedAt: true } : {}),
      },
    })
    for (const doc of docs as unknown as (TrackedDoc & { id: number | string; createdAt: string; lastCorrectedAt?: string | null })[]) {
      const status = translationStatus(doc, fields)
      const title = (doc[fields[0]] as Partial<Record<Locale, string>> | undefined)?.[defaultLocale] ?? String(doc.id)
      for (const locale of locales) {
        if (locale === 'az') continue
        const { state, missing, corrections } = status[locale]
        if (state === 'complete') continue
        work.push({
          collection,
          id: doc.id,
          title,
          locale,
          state,
          missing,
          corrections,
          // A correction waits since the latest note was written.
          since: (state === 'correction' ? doc.lastCorrectedAt : doc.sourceChangedAt) ?? doc.createdAt,
          href: `${adminRoute}/collections/${collection}/${doc.id}?locale=${locale}`,
        })
      }
    }
  }
  return work.sort((a, b) => a.since.localeCompare(b.since))
}
