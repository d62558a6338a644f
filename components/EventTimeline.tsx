import { useFormatter, useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import type { Anniversary } from '@/lib/anniversary'
import type { CoverageItem } from '@/lib/data/remembrance'
import { coverageByYear } from '@/lib/remembrance/coverageYears'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

import { AnniversaryLabel } from './AnniversaryLabel'

type Props = {
  name: string
  startDate: string
  endDate?: string | null
  /** The commemoration to come (or today's). */
  next: Anniversary
  coverage: CoverageItem[]
  headingId: string
}

/**
 * The event's dates, then each year it was commemorated in our coverage (which anniversary, what we published),
 * then the commemoration to come. Years without coverage are left out: the timeline is of what readers can open.
 */
export function EventTimeline({ name, startDate, endDate, next, coverage, headingId }: Props) {
  const t = useTranslations('EventPage')
  const format = useFormatter()
  // Event dates are calendar days: shown as stored, in UTC, never shifted by a time zone.
  const when =
    endDate && endDate.slice(0, 10) !== startDate.slice(0, 10)
      ? format.dateTimeRange(new Date(startDate), new Date(endDate), { dateStyle: 'long', timeZone: 'UTC' })
      : format.dateTime(new Date(startDate), { dateStyle: 'long', timeZone: 'UTC' })
  const nextYear = Number(next.date.slice(0, 4))
  // Grouped by the year each article was published in (newsroom time), oldest first: a timeline reads forwards.
  const years = coverageByYear(coverage, NEWSROOM_TIME_ZONE, startDate)

  return (
    <ol className="timeline" aria-labelledby={headingId}>
      <li className="timeline-event">
        <h3>
          <time dateTime={startDate.slice(0, 10)}>{when}</time>
        </h3>
        <p>{name}</p>
      </li>
      {years.map(({ year, anniversary, items }) => (
        <li key={year}>
          <h3>{year}</h3>
          {anniversary !== null && anniversary > 0 && <p>{t('anniversaryOf', { anniversary })}</p>}
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <Link href={documentHref('articles', item.slug)}>{item.title}</Link>{' '}
                <time dateTime={item.publishedAt}>{format.dateTime(new Date(item.publishedAt), { dateStyle: 'medium' })}</time>
              </li>
            ))}
          </ul>
        </li>
      ))}
      {!years.some(({ year }) => year === nextYear) && (
        <li className="timeline-next">
          <h3>{nextYear}</h3>
          <AnniversaryLabel anniversary={next} />
        </li>
      )}
    </ol>
  )
}
