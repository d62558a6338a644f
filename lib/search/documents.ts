import type { Payload, PayloadRequest, Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { plainText } from '@/lib/readingTime'
import { claimFor } from '@/lib/reviews/locks'

import { searchBackend } from './backend'
import { fold } from './fold'
import { SEARCH_DOCUMENTS_SLUG } from './slug'

type Id = number | string
type PerLocale<T> = Partial<Record<Locale, T | null>>
type Ref = Id | { id: Id } | null | undefined

/** An article read with `locale: 'all'` (each localized field per language, no fallback), depth 0. */
export type IndexedArticle = {
  id: Id
  _status?: 'draft' | 'published' | null
  slug?: PerLocale<string>
  title?: PerLocale<string>
  standfirst?: PerLocale<string>
  body?: PerLocale<unknown>
  publishedAt?: string | null
  categories?: Ref[] | null
  tags?: Ref[] | null
  remembranceEvent?: Ref
}

export type SearchRow = { locale: Locale; title: string; standfirst: string; body: string; topics: string; publishedAt: string | null }

const SELECT = { _status: true, slug: true, title: true, standfirst: true, body: true, publishedAt: true, categories: true, tags: true, remembranceEvent: true } as const

const idOf = (ref: Ref): Id | null => (ref && typeof ref === 'object' ? ref.id : (ref ?? null))

/** Topic keys: words no text contains (`event12 section3 tag45`), for the cross-script matches of lib/search/topics.ts. */
export function topicKeys(article: Pick<IndexedArticle, 'categories' | 'tags' | 'remembranceEvent'>): string {
  const keys = [
    ...[idOf(article.remembranceEvent ?? null)].filter((id) => id !== null).map((id) => `event${id}`),
    ...(article.categories ?? []).map(idOf).filter((id) => id !== null).map((id) => `section${id}`),
    ...(article.tags ?? []).map(idOf).filter((id) => id !== null).map((id) => `tag${id}`),
  ]
  return keys.join(' ')
}

/**
 * The article's search documents: one per language it is published in (published, with a slug in that language,
 * the rule of lib/data/published.ts), its text folded. A draft has none.
 */
export function searchRows(article: IndexedArticle): SearchRow[] {
  if (article._status !== 'published') return []
  const topics = topicKeys(article)
  return locales
    .filter((locale) => Boolean(article.slug?.[locale]))
    .map((locale) => ({
      locale,
      title: fold(article.title?.[locale] ?? '', locale),
      standfirst: fold(article.standfirst?.[locale] ?? '', locale),
      body: fold(plainText(article.body?.[locale]), locale).replace(/\s+/g, ' ').trim(),
      topics,
      publishedAt: article.publishedAt ?? null,
    }))
}

const ofArticle = (id: Id): Where => ({ article: { equals: id } })

/**
 * Brings the article's documents in step with its published state, read back from the collection itself (never the
 * hook's `doc`: a draft saved over a published article is written to versions only, and must not reach the index).
 */
export async function indexArticle(payload: Payload, id: Id, req?: Partial<PayloadRequest>): Promise<void> {
  const article = await payload.findByID({ collection: 'articles', id, locale: 'all', draft: false, depth: 0, overrideAccess: true, disableErrors: true, req, select: SELECT })
  await writeRows(payload, id, article ? searchRows(article as unknown as IndexedArticle) : [], req)
}

async function writeRows(payload: Payload, id: Id, rows: SearchRow[], req?: Partial<PayloadRequest>): Promise<void> {
  const backend = searchBackend(payload)
  // Autosave calls this every few seconds while an editor types a draft, which changes nothing here: a document is
  // written only when its text differs, sparing the full-text index a rewrite of the whole body.
  const { docs: stored } = await payload.db.find<Record<string, unknown>>({ collection: SEARCH_DOCUMENTS_SLUG, where: ofArticle(id), limit: 0, pagination: false, req })
  const same = (row: SearchRow) => stored.some((doc) => (Object.keys(row) as (keyof SearchRow)[]).every((key) => (doc[key] ?? null) === (row[key] ?? null)))
  for (const row of rows.filter((row) => !same(row))) {
    const where: Where = { and: [ofArticle(id), { locale: { equals: row.locale } }] }
    await payload.db.upsert({ collection: SEARCH_DOCUMENTS_SLUG, where, data: { article: id, ...row, ...backend.extraFields(row) }, req })
  }
  const present = new Set(rows.map((row) => row.locale))
  const gone = locales.filter((locale) => !present.has(locale) && stored.some((doc) => doc.locale === locale))
  if (gone.length > 0) await payload.db.deleteMany({ collection: SEARCH_DOCUMENTS_SLUG, where: { and: [ofArticle(id), { locale: { in: gone } }] }, req })
}

/** Drops a deleted article's documents (and any a deletion left without their article: SQLite sets it to null first). */
export async function removeArticle(payload: Payload, id: Id, req?: Partial<PayloadRequest>): Promise<void> {
  await payload.db.deleteMany({ collection: SEARCH_DOCUMENTS_SLUG, where: { or: [ofArticle(id), { article: { exists: false } }] }, req })
}

/** How long one rebuild may take before another process may start one (a rebuild that dies frees it then). */
const REBUILD_LEASE_SECONDS = 60 * 60
const REBUILD_LEASE = 'search-rebuild'

/**
 * Rebuilds the whole index from the published articles, a page at a time; returns the documents written. One rebuild
 * at a time across every process on the database (the instances' start-up rebuild, `npm run search:reindex`): each
 * holds a lease in the locks collection (lib/reviews/locks.ts, the unique key decides), and this waits for another's.
 */
export async function reindexAll(payload: Payload, { pageSize = 100 } = {}): Promise<number> {
  let lease = await claimFor(payload, REBUILD_LEASE, REBUILD_LEASE_SECONDS, new Date())
  while (!lease) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    lease = await claimFor(payload, REBUILD_LEASE, REBUILD_LEASE_SECONDS, new Date())
  }
  try {
    return await rebuild(payload, pageSize)
  } finally {
    await lease.release()
  }
}

async function rebuild(payload: Payload, pageSize: number): Promise<number> {
  await payload.db.deleteMany({ collection: SEARCH_DOCUMENTS_SLUG, where: { id: { exists: true } } })
  let written = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      locale: 'all',
      draft: false,
      depth: 0,
      overrideAccess: true,
      limit: pageSize,
      page,
      // Oldest first: SQLite ranks the most recently indexed matches of a common word (lib/search/sqlite.ts).
      sort: 'publishedAt',
      select: SELECT,
    })
    for (const doc of docs) {
      const rows = searchRows(doc as unknown as IndexedArticle)
      await writeRows(payload, doc.id, rows)
      written += rows.length
    }
    if (!hasNextPage) return written
  }
}

/** Whether the index is empty while published articles exist. */
async function needsRebuild(payload: Payload): Promise<boolean> {
  const indexed = await payload.count({ collection: SEARCH_DOCUMENTS_SLUG, overrideAccess: true })
  if (indexed.totalDocs > 0) return false
  const published = await payload.count({ collection: 'articles', overrideAccess: true, where: { _status: { equals: 'published' } } })
  return published.totalDocs > 0
}

/**
 * Rebuilds the index when it is empty while published articles exist; the documents written, or null when it was left
 * alone. Several instances starting together on an empty index rebuild it once: the first to take the rebuild lease
 * does it, the others leave it to that one (and one that finds the lease free but the index already rebuilt stops).
 */
export async function rebuildIfEmpty(payload: Payload): Promise<number | null> {
  if (!(await needsRebuild(payload))) return null
  const lease = await claimFor(payload, REBUILD_LEASE, REBUILD_LEASE_SECONDS, new Date())
  if (!lease) return null
  try {
    return (await needsRebuild(payload)) ? await rebuild(payload, 100) : null
  } finally {
    await lease.release()
  }
}

/**
 * At start-up: the database's own preparation (MongoDB's text index), then a rebuild of an empty index (a database
 * from before search documents, or restored without them). The rebuild runs in the background: the site serves
 * meanwhile, searches finding fewer articles until it ends.
 */
export async function prepareSearch(payload: Payload): Promise<void> {
  try {
    if (!(await searchBackend(payload).prepare(payload))) return
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Search index not prepared' })
    return
  }
  void rebuildIfEmpty(payload).then(
    (written) => written !== null && payload.logger.info(`Search index rebuilt: ${written} documents`),
    (error: unknown) => payload.logger.error({ err: error, msg: 'Search index rebuild failed' }),
  )
}
