import { useFormatter, useTranslations } from 'next-intl'

type Props = {
  /** The current page, from 1. */
  page: number
  totalPages: number
  /** The address of a page (the page keeps its filters and language). */
  hrefFor: (page: number) => string
  /** What the pages are of, for screen readers, when a page has more than one list (default: "Pages"). */
  label?: string
}

type Item = number | 'gap'

/**
 * First, last, and the current page with a neighbour each side; a gap of one page shows that page
 * rather than an ellipsis. Seven or fewer pages are all shown.
 */
function pageItems(page: number, total: number): Item[] {
  const shown = new Set([1, total, page - 1, page, page + 1].filter((n) => n >= 1 && n <= total))
  // Near either end, keep five numbers in a row so the list does not shrink and grow as one pages.
  if (page <= 4) for (let n = 1; n <= Math.min(5, total); n++) shown.add(n)
  if (page >= total - 3) for (let n = Math.max(1, total - 4); n <= total; n++) shown.add(n)
  const sorted = [...shown].sort((a, b) => a - b)
  const items: Item[] = []
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && n - previous === 2) items.push(n - 1)
    else if (previous !== undefined && n - previous > 2) items.push('gap')
    items.push(n)
  })
  return items
}

/** Page links for a listing; nothing when everything fits on one page. */
export function Pagination({ page, totalPages, hrefFor, label }: Props) {
  const t = useTranslations('Pagination')
  const format = useFormatter()
  if (totalPages <= 1) return null
  const number = (n: number) => format.number(n, { useGrouping: false })

  return (
    <nav aria-label={label ?? t('label')} className="pagination">
      <p>{t('status', { page: number(page), total: number(totalPages) })}</p>
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {t('previous')}
            </a>
          </li>
        )}
        {pageItems(page, totalPages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <a
                href={hrefFor(item)}
                aria-label={t('page', { page: number(item) })}
                aria-current={item === page ? 'page' : undefined}
              >
                {number(item)}
              </a>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {t('next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
