import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { correctionNotes, type CorrectionNote, type CorrectionRow } from '@/lib/corrections'
import { PAGE_SIZE } from '@/lib/pagination'
import type { Article } from '@/payload-types'

import { getPreviewUser } from './articles'
import { cachedUnder } from './cache'
import { publishedInLanguage } from './published'
import { TAGS } from './tags'

/**
 * Corrections and clarifications as readers see them. The notes are read in every language at once (locale
 * 'all'), because a read in one language would fill an untranslated note with the Azerbaijani text; the page
 * then tells "translated" from "not yet" (lib/corrections.ts).
 */

/** The notes of one article, for the reader's language (the latest draft's for previewing staff). */
export const getCorrectionNotes = cache(async (id: Article['id'], locale: Locale): Promise<CorrectionNote[]> => {
  const user = await getPreviewUser()
  const found = user ? await findRows([id], user) : await cachedRows(id)
  return correctionNotes(found[0]?.rows, locale)
})

const cachedRows = (id: Article['id']) =>
  unstable_cache(() => findRows([id], null), ['articles:corrections', String(id)], cachedUnder(TAGS.articles, TAGS.article(id)))()

/** Plain data: unstable_cache keeps results as JSON (a Map would come back empty). */
type Found = { id: Article['id']; rows: CorrectionRow[]; originalSlug: string | null }

/** The notes in every language and the Azerbaijani slug (where an untranslated note points), by article. */
async function findRows(ids: Article['id'][], user: Awaited<ReturnType<typeof getPreviewUser>>): Promise<Found[]> {
  if (ids.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    locale: 'all',
    overrideAccess: false,
    user,
    draft: Boolean(user),
    depth: 0,
    pagination: false,
    where: { id: { in: ids } },
    select: { corrections: true, slug: true },
  })
  return docs.map((doc) => {
    const slugs = doc.slug as unknown as Partial<Record<Locale, string | null>> | null
    return { id: doc.id, rows: (doc.corrections ?? []) as unknown as CorrectionRow[], originalSlug: slugs?.[defaultLocale] ?? null }
  })
}

const EPOCH = '1970-01-01T00:00:00.000Z'

export type CorrectedArticle = {
  id: Article['id']
  title: string
  slug: string
  lastCorrectedAt: string
  /** Its notes in this language, newest first. */
  notes: CorrectionNote[]
  /** Its Azerbaijani slug, where a note not yet translated points. */
  originalSlug: string | null
}

export type CorrectedPage = { docs: CorrectedArticle[]; page: number; totalPages: number; totalDocs: number }

/** One page of the articles published in this language that carry a correction or clarification, latest first. */
export const listCorrectedArticles = cache((locale: Locale, page: number, limit = PAGE_SIZE) => cachedCorrected(locale, page, limit))

const cachedCorrected = unstable_cache(
  async (locale: Locale, page: number, limit: number): Promise<CorrectedPage> => {
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: 'articles',
      locale,
      overrideAccess: false,
      depth: 0,
      limit,
      page,
      sort: '-lastCorrectedAt',
      // Not `exists`: for a date, MongoDB's adapter counts a stored null (an article whose notes were removed) as existing.
      where: publishedInLanguage({ lastCorrectedAt: { greater_than: EPOCH } }),
      select: { title: true, slug: true, lastCorrectedAt: true },
    })
    const found = await findRows(
      result.docs.map((doc) => doc.id),
      null,
    )
    const docs = result.docs.flatMap((doc) => {
      const { rows, originalSlug = null } = found.find((entry) => entry.id === doc.id) ?? {}
      const notes = correctionNotes(rows, locale)
      return doc.slug && doc.lastCorrectedAt && notes.length > 0
        ? [{ id: doc.id, title: doc.title, slug: doc.slug, lastCorrectedAt: doc.lastCorrectedAt, notes, originalSlug }]
        : []
    })
    return { docs, page: result.page ?? page, totalPages: Math.max(1, result.totalPages), totalDocs: result.totalDocs }
  },
  ['articles:corrected'],
  cachedUnder(TAGS.articles),
)
