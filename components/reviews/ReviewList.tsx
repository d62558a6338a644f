import { useFormatter, useTranslations } from 'next-intl'

import type { PublicReview } from '@/lib/data/reviews'

/**
 * Approved reviews as plain text. React escapes what readers wrote, and nothing turns it into markup or
 * links, so "<script>" or "javascript:" in a review is shown as the characters typed and never runs.
 */
export function ReviewList({ reviews }: { reviews: PublicReview[] }) {
  const t = useTranslations('Reviews')
  const format = useFormatter()
  return (
    <ol className="review-list">
      {reviews.map((review) => (
        <li key={review.id} className="review">
          <p className="review-meta">
            <span className="review-author">{review.authorName}</span>
            {' · '}
            <time dateTime={review.createdAt}>{t('posted', { date: format.dateTime(new Date(review.createdAt), { dateStyle: 'long' }) })}</time>
            {typeof review.rating === 'number' && (
              <>
                {' · '}
                <span className="review-rating" role="img" aria-label={t('rating', { rating: review.rating })}>
                  {'★'.repeat(review.rating)}
                  {'☆'.repeat(5 - review.rating)}
                </span>
              </>
            )}
          </p>
          <p className="review-body">{review.body}</p>
        </li>
      ))}
    </ol>
  )
}
