import { getFormatter, getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/Pagination'
import type { Locale } from '@/i18n/locales'
import { getApprovedReviews } from '@/lib/data/reviews'

import { ReviewForm } from './ReviewForm'
import { ReviewList } from './ReviewList'

type Props = {
  articleId: number | string
  locale: Locale
  /** The page of reviews (?page=N on the article); one past the last is a 404. */
  page: number
  /** The article's own address, for the review pages' links. */
  href: string
  closedReason: 'article' | 'site' | null
}

/** Under every article: its approved reviews in this language, then the form, or why reviews are closed. */
export async function ReviewsSection({ articleId, locale, page, href, closedReason }: Props) {
  const [t, format, { reviews, total, totalPages, average }] = await Promise.all([
    getTranslations('Reviews'),
    getFormatter(),
    getApprovedReviews(articleId, locale, page),
  ])
  if (page > Math.max(totalPages, 1)) notFound()
  return (
    <section aria-labelledby="reviews-heading" className="reviews" id="reviews">
      <h2 id="reviews-heading">{t('heading')}</h2>
      <p className="reviews-summary">
        {t('summary', { count: total })}
        {average !== null && <> · {t('average', { average: format.number(average, { maximumFractionDigits: 1 }) })}</>}
      </p>
      {total === 0 && closedReason === null && <p>{t('empty')}</p>}
      {reviews.length > 0 && <ReviewList reviews={reviews} />}
      <Pagination
        page={page}
        totalPages={totalPages}
        label={t('pages')}
        hrefFor={(n) => `${n === 1 ? href : `${href}?page=${n}`}#reviews`}
      />
      {closedReason === null ? (
        <ReviewForm articleId={articleId} locale={locale} />
      ) : (
        <p className="reviews-closed">{closedReason === 'site' ? t('closedSite') : t('closedArticle')}</p>
      )}
    </section>
  )
}
