import 'server-only'

import { unstable_cache } from 'next/cache'

import { getPayloadClient } from '@/cms/getPayloadClient'
import { locales, type Locale } from '@/i18n/locales'
import type { RoutedCollection } from '@/i18n/routes'

import { cachedUnder } from './cache'
import { PUBLISHED_IN_LANGUAGE, publishedInLanguage } from './published'
import { TAGS } from './tags'

/**
 * What the sitemaps list: every published document with its slug in each language it exists in,
 * read as the public (overrideAccess: false) and cached under the tags its collection expires.
 */

/** A sitemap file holds at most 50,000 URLs; a locale's file has these plus the few index pages. */
const MAX_PER_COLLECTION: Record<RoutedCollection, number> = {
  articles: 40_000,
  'remembrance-events': 1_000,
  categories: 1_000,
  tags: 5_000,
  authors: 1_000,
  pages: 100,
}

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

async function findLocalizedDocs(collection: SitemapCollection): Promise<LocalizedDoc[]> {
  const payload = await getPayloadClient()
  const byId = new Map<number, LocalizedDoc>()
  // One query per language: a document exists in a language when its slug does (as on the pages).
  for (const locale of locales) {
    const { docs } = await payload.find({
      collection,
      locale,
      overrideAccess: false,
      depth: 0,
      limit: MAX_PER_COLLECTION[collection],
      pagination: false,
      sort: '-updatedAt',
      where: PUBLISHED_IN_LANGUAGE,
      select: { slug: true, updatedAt: true },
    })
    for (const doc of docs as { id: number; slug?: string | null; updatedAt: string }[]) {
      if (!doc.slug) continue
      const entry = byId.get(doc.id) ?? { id: doc.id, updatedAt: doc.updatedAt, slugs: {} }
      entry.slugs[locale] = doc.slug
      byId.set(doc.id, entry)
    }
  }
  return [...byId.values()]
}

export function listLocalizedDocs(collection: SitemapCollection): Promise<LocalizedDoc[]> {
  return unstable_cache(() => findLocalizedDocs(collection), ['sitemap:docs', collection], cachedUnder(...TAGS_OF[collection]))()
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
      limit: 1000, // Google News reads at most 1,000 URLs per sitemap
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
 * Articles published in this language within the last 48 hours (and not in the future). The query's
 * cut-off is rounded down to the hour so the cache has one entry an hour; the exact window is
 * applied afterwards.
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
