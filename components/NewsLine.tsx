import { useFormatter, useNow, useTimeZone, useTranslations } from 'next-intl'
import { useId } from 'react'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { calendarDateIn } from '@/lib/anniversary'

type Item = { id: number; title: string; slug: string; publishedAt: string }

type Props = {
  items: Item[]
}

/** The latest headlines with their time: just the time for today's (newsroom time), else date and time. */
export function NewsLine({ items }: Props) {
  const t = useTranslations('NewsLine')
  const format = useFormatter()
  // The provider's zone (the newsroom's); the formatter falls back to the runtime's zone, and so do we.
  const timeZone = useTimeZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const now = useNow()
  const headingId = useId()
  if (items.length === 0) return null

  const today = calendarDateIn(now, timeZone)
  const when = (iso: string): string => {
    const date = new Date(iso)
    const day = calendarDateIn(date, timeZone)
    const time = format.dateTime(date, { timeStyle: 'short' })
    if (day.year === today.year && day.month === today.month && day.day === today.day) return time
    return t('dateAndTime', {
      // Date and time apart: CLDR's combined az pattern reads "25 noyabr 2026/12:38".
      date: format.dateTime(date, {
        day: 'numeric',
        month: 'short',
        year: day.year === today.year ? undefined : 'numeric',
      }),
      time,
    })
  }

  return (
    <section aria-labelledby={headingId} className="news-line">
      <h2 id={headingId}>{t('heading')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <time dateTime={item.publishedAt}>{when(item.publishedAt)}</time>{' '}
            <Link href={documentHref('articles', item.slug)}>{item.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
