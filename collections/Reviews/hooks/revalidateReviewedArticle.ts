import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/cms/revalidate'
import { TAGS } from '@/lib/data/tags'
import type { Review } from '@/payload-types'

function articleId(review: Review): number {
  return typeof review.article === 'object' ? review.article.id : review.article
}

/** Approving a review (or withdrawing an approval) shows it on its article at once, in its language. */
export const revalidateReviewedArticle: CollectionAfterChangeHook<Review> = ({ doc, previousDoc, context, req }) => {
  if (doc.status === 'approved' || previousDoc?.status === 'approved') {
    revalidateTags([TAGS.reviews(articleId(doc))], context, req.payload)
  }
  return doc
}

export const revalidateDeletedReview: CollectionAfterDeleteHook<Review> = ({ doc, context, req }) => {
  if (doc.status === 'approved') revalidateTags([TAGS.reviews(articleId(doc))], context, req.payload)
  return doc
}
