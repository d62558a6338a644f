import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import type { Category, Media } from '@/payload-types'

import { cachedUnder } from './cache'
import { publishedInLanguage } from './published'
import { TAGS } from './tags'

/**
 * Articles for RSS feeds, read as the public (overrideAccess: false: drafts never) in one language
 * (lib/data/published.ts: languages it is not published in never), cached under the articles' tag,
 * which the collection's hooks expire on every publish and unpublish.
 */

/** Items per feed: about two days of news; readers poll far more often than that. */
export const FEED_SIZE = 50

export type FeedScope = { kind: 'latest' } | { kind: 'category'; id: number } | { kind: 'remembrance' } | { kind: 'event'; id: number }

export type FeedArticle = {
  id: number
  title: string
  slug: string
  standfirst: string | null
  publishedAt: string
  updatedAt: string
  categories: string[]
  hero: Media | null
}

function scopeWhere(scope: FeedScope): Where[] {
  switch (scope.kind) {
    case 'latest':
      return []
    case 'category':
      return [{ categories: { equals: scope.id } }]
    case 'remembrance':
      return [{ remembranceEvent: { exists: true } }]
    case 'event':
      return [{ remembranceEvent: { equals: scope.id } }]
  }
}

export const listFeedArticles = unstable_cache(
  async (locale: Locale, scope: FeedScope): Promise<FeedArticle[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      overrideAccess: false,
      depth: 1,
      limit: FEED_SIZE,
      pagination: false,
      sort: '-publishedAt',
      where: publishedInLanguage({ publishedAt: { exists: true } }, ...scopeWhere(scope)),
      select: { title: true, slug: true, standfirst: true, publishedAt: true, updatedAt: true, categories: true, heroImage: true },
      populate: { categories: { name: true } },
    })
    return docs.flatMap((doc) =>
      doc.slug && doc.publishedAt
        ? [
            {
              id: doc.id,
              title: doc.title,
              slug: doc.slug,
              standfirst: doc.standfirst ?? null,
              publishedAt: doc.publishedAt,
              updatedAt: doc.updatedAt,
              categories: (doc.categories ?? []).flatMap((category) => (typeof category === 'object' ? [(category as Category).name] : [])),
              hero: typeof doc.heroImage === 'object' ? (doc.heroImage ?? null) : null,
            },
          ]
        : [],
    )
  },
  ['feeds:articles'],
  cachedUnder(TAGS.articles),
)
