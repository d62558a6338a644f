import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { REVIEWS_PAGE_SIZE } from '@/lib/pagination'
import type { Review } from '@/payload-types'

import { cachedUnder } from './cache'
import { TAGS } from './tags'

export type PublicReview = Pick<Review, 'id' | 'authorName' | 'rating' | 'body' | 'createdAt'>

export type ReviewsPage = {
  reviews: PublicReview[]
  total: number
  totalPages: number
  /** Mean of the ratings given, to one decimal; null when nobody rated. */
  average: number | null
}

/**
 * One page of an article's approved reviews in one language, newest first, with the count and average
 * rating. Read as the public (overrideAccess: false), so only approved reviews and their public fields
 * can come back; cached under the article's review tag, which approving or withdrawing a review expires.
 */
export const getApprovedReviews = cache((articleId: number | string, locale: Locale, page: number) =>
  unstable_cache(() => readApprovedReviews(articleId, locale, page), ['reviews:page', String(articleId), locale, String(page)], cachedUnder(TAGS.reviews(articleId)))(),
)

async function readApprovedReviews(articleId: number | string, locale: Locale, page: number): Promise<ReviewsPage> {
  const payload = await getPayloadClient()
  const where: Where[] = [{ article: { equals: articleId } }, { locale: { equals: locale } }]
  const [listing, rated] = await Promise.all([
    payload.find({
      collection: 'reviews',
      overrideAccess: false,
      depth: 0,
      where: { and: where },
      sort: '-createdAt',
      limit: REVIEWS_PAGE_SIZE,
      page,
      select: { authorName: true, rating: true, body: true, createdAt: true },
    }),
    payload.find({
      collection: 'reviews',
      overrideAccess: false,
      depth: 0,
      where: { and: [...where, { rating: { exists: true } }] },
      pagination: false,
      select: { rating: true },
    }),
  ])
  const ratings = rated.docs.map((doc) => doc.rating).filter((rating): rating is number => typeof rating === 'number')
  return {
    reviews: listing.docs,
    total: listing.totalDocs,
    totalPages: listing.totalPages,
    average: ratings.length > 0 ? Math.round((ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length) * 10) / 10 : null,
  }
}
