import 'server-only'

import { unstable_cache } from 'next/cache'

import { getPayloadClient } from '@/cms/getPayloadClient'
import { locales, type Locale } from '@/i18n/locales'
import type { RoutedCollection } from '@/i18n/routes'
import { SITEMAP_CHUNK, SITEMAP_LIMITS } from '@/lib/feeds/sitemapFiles'

import { cachedUnder } from './cache'
import { PUBLISHED_IN_LANGUAGE, publishedInLanguage } from './published'
import { TAGS } from './tags'

/**
 * What the sitemaps list: the published documents of each language, counted for the index and read a chunk at
 * a time (from the id before the file's first, by keyset) for one file, with their slugs in every language for the hreflang alternates. Read as the public
 * (overrideAccess: false) and cached under the tags their collection expires.
 */

/** Every collection readers reach by slug (i18n/routes.ts). */
export type SitemapCollection = RoutedCollection

export type LocalizedDoc = { id: number; updatedAt: string; slugs: Partial<Record<Locale, string>> }

const TAGS_OF: Record<SitemapCollection, string[]> = {
  articles: [TAGS.articles],
  'remembrance-events': [TAGS.remembranceEvents],
  // Categories, tags and authors expire the articles' tag when they change (collections/*.ts).
  categories: [TAGS.articles],
  tags: [TAGS.articles],
  authors: [TAGS.articles],
  pages: [TAGS.pages],
}

/** How many documents of the collection are published in this language. */
export function countPublished(collection: SitemapCollection, locale: Locale): Promise<number> {
  return unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { totalDocs } = await payload.count({ collection, locale, overrideAccess: false, where: PUBLISHED_IN_LANGUAGE })
      return totalDocs
    },
    ['sitemap:count', collection, locale],
    cachedUnder(...TAGS_OF[collection]),
  )()
}

/**
 * The id just before the document at `position` (from 0) among those published in this language, oldest id first:
 * where a file's run of this collection starts reading. One offset query per file, not per chunk.
 */
export function idBefore(collection: SitemapCollection, locale: Locale, position: number): Promise<number | null> {
  if (position === 0) return Promise.resolve(null)
  return unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection,
        locale,
        overrideAccess: false,
        depth: 0,
        sort: 'id',
        limit: 1,
        page: position,
        // Paginated so that both adapters skip to the page (MongoDB's ignores `page` without pagination).
        pagination: true,
        where: PUBLISHED_IN_LANGUAGE,
        select: {},
      })
      return docs[0]?.id ?? null
    },
    ['sitemap:before', collection, locale, String(position)],
    cachedUnder(...TAGS_OF[collection]),
  )()
}

/**
 * The next SITEMAP_CHUNK documents published in this language after id `after` (null: from the first), oldest id
 * first, each with its slug in every language. Two queries whose cost does not grow with the archive: the chunk's
 * ids by keyset over the primary key (in the language, so only documents published there count), then their slugs
 * in all languages by id.
 */
async function findChunk(collection: SitemapCollection, locale: Locale, after: number | null): Promise<LocalizedDoc[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    locale,
    overrideAccess: false,
    depth: 0,
    sort: 'id',
    limit: SITEMAP_CHUNK,
    pagination: false,
    where: after === null ? PUBLISHED_IN_LANGUAGE : publishedInLanguage({ id: { greater_than: after } }),
    select: { updatedAt: true },
  })
  if (docs.length === 0) return []
  const ids = docs.map((doc) => doc.id)
  const { docs: everywhere } = await payload.find({
    collection,
    locale: 'all',
    overrideAccess: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
    where: { id: { in: ids } },
    select: { slug: true },
  })
  const slugsOf = new Map(everywhere.map((doc) => [doc.id, (doc as { slug?: Partial<Record<Locale, string | null>> | null }).slug ?? {}]))
  return docs.map((doc) => {
    const all = slugsOf.get(doc.id) ?? {}
    const slugs = Object.fromEntries(locales.flatMap((other) => (all[other] ? [[other, all[other]]] : [])))
    return { id: doc.id, updatedAt: doc.updatedAt, slugs }
  })
}

export function listSitemapChunk(collection: SitemapCollection, locale: Locale, after: number | null): Promise<LocalizedDoc[]> {
  return unstable_cache(() => findChunk(collection, locale, after), ['sitemap:chunk', collection, locale, String(after)], cachedUnder(...TAGS_OF[collection]))()
}

/** When the newest article published in this language last changed (the home page's lastmod), or null. */
export function newestArticleUpdate(locale: Locale): Promise<string | null> {
  return unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        overrideAccess: false,
        depth: 0,
        limit: 1,
        pagination: false,
        sort: '-updatedAt',
        where: PUBLISHED_IN_LANGUAGE,
        select: { updatedAt: true },
      })
      return docs[0]?.updatedAt ?? null
    },
    ['sitemap:newest', locale],
    cachedUnder(TAGS.articles),
  )()
}

export type NewsArticle = { id: number; title: string; slug: string; publishedAt: string }

/** Google News takes articles of the last two days only. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000

const cachedRecent = unstable_cache(
  async (locale: Locale, sinceIso: string): Promise<NewsArticle[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: SITEMAP_LIMITS.newsUrls,
      pagination: false,
      sort: '-publishedAt',
      where: publishedInLanguage({ publishedAt: { greater_than_equal: sinceIso } }),
      select: { title: true, slug: true, publishedAt: true },
    })
    return docs.flatMap((doc) => (doc.slug && doc.publishedAt ? [{ id: doc.id, title: doc.title, slug: doc.slug, publishedAt: doc.publishedAt }] : []))
  },
  ['sitemap:news'],
  cachedUnder(TAGS.articles),
)

/**
 * Articles published in this language within the last 48 hours (and not in the future), newest first, at most
 * the news sitemap's limit. The query's cut-off is rounded down to the hour so the cache has one entry an hour;
 * the exact window is applied afterwards.
 */
export async function listRecentArticles(locale: Locale, now: Date): Promise<NewsArticle[]> {
  const since = now.getTime() - NEWS_WINDOW_MS
  const hour = 60 * 60 * 1000
  const articles = await cachedRecent(locale, new Date(Math.floor(since / hour) * hour).toISOString())
  return articles.filter((article) => {
    const published = Date.parse(article.publishedAt)
    return published >= since && published <= now.getTime()
  })
}
