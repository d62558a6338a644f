import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { publishedInLanguage } from '@/lib/data/published'
import type { Article } from '@/payload-types'

import { ARTICLE_VIEWS_SLUG, windowBuckets, type MostReadWindow } from './buckets'

export type MostReadArticle = Pick<Article, 'id' | 'title' | 'heroImage'> & { slug: string; publishedAt: string; views: number }

/**
 * The `limit` articles read most in `locale` over the window ending at `now` (lib/views/buckets.ts), most
 * views first and the newest first among equals; only articles the public can read in that language.
 *
 * The counts are aggregate numbers no user may read over the API but staff, read here with overrideAccess:
 * true; the articles are read as the public reads them (overrideAccess: false and the published rule). The
 * window's buckets are summed here, not in the database, because Payload's Local API has no grouping that
 * works on both adapters: one row per article read in each hour (day) of the window.
 */
export async function findMostRead(payload: Payload, locale: Locale, window: MostReadWindow, limit: number, now: Date): Promise<MostReadArticle[]> {
  const { period, since } = windowBuckets(window, now)
  const { docs: buckets } = await payload.find({
    collection: ARTICLE_VIEWS_SLUG,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: { and: [{ locale: { equals: locale } }, { period: { equals: period } }, { start: { greater_than_equal: since.toISOString() } }] },
    select: { article: true, count: true },
  })
  const totals = new Map<number, number>()
  for (const { article, count } of buckets) {
    const id = typeof article === 'object' ? article?.id : article
    if (typeof id === 'number') totals.set(id, (totals.get(id) ?? 0) + count)
  }

  // Most viewed first; asked in batches, since some may have been unpublished or deleted since.
  const ranked = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)!)
  const found: MostReadArticle[] = []
  const batch = Math.max(limit * 2, 10)
  for (let from = 0; from < ranked.length && found.length < limit; from += batch) {
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      overrideAccess: false,
      depth: 1,
      pagination: false,
      where: publishedInLanguage({ id: { in: ranked.slice(from, from + batch) } }),
      select: { title: true, slug: true, publishedAt: true, heroImage: true },
    })
    for (const doc of docs) if (doc.slug && doc.publishedAt) found.push({ id: doc.id, title: doc.title, slug: doc.slug, publishedAt: doc.publishedAt, heroImage: doc.heroImage, views: totals.get(doc.id) ?? 0 })
  }
  return found.sort((a, b) => b.views - a.views || b.publishedAt.localeCompare(a.publishedAt)).slice(0, limit)
}
