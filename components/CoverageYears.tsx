import { useFormatter, useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import type { CoverageItem } from '@/lib/data/remembrance'
import { coverageByYear } from '@/lib/remembrance/coverageYears'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

type Props = {
  items: CoverageItem[]
  /** The event's start: each year is then labelled with its anniversary ("21st anniversary"). */
  startDate?: string
  /** The years' heading level under the section that lists them. */
  level: 'h3' | 'h4'
}

/** Articles by the year they were published in (newsroom time), the latest year first: "on this day" looks back. */
export function CoverageYears({ items, startDate, level: Heading }: Props) {
  const t = useTranslations('EventPage')
  const format = useFormatter()
  const years = coverageByYear(items, NEWSROOM_TIME_ZONE, startDate).reverse()

  return (
    <ol className="coverage-years">
      {years.map(({ year, anniversary, items: articles }) => (
        <li key={year}>
          <Heading>
            {year}
            {anniversary !== null && anniversary > 0 && <span className="anniversary"> · {t('anniversaryOf', { anniversary })}</span>}
          </Heading>
          <ul>
            {articles.map((item) => (
              <li key={item.id}>
                <Link href={documentHref('articles', item.slug)}>{item.title}</Link>{' '}
                <time dateTime={item.publishedAt}>{format.dateTime(new Date(item.publishedAt), { dateStyle: 'medium' })}</time>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  )
}
