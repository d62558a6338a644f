import { useTranslations } from 'next-intl'
import { useId } from 'react'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'

type Item = { id: number; title: string; slug: string }

type Props = {
  /** Most read in the last 24 hours, most first. */
  day: Item[]
  /** Most read in the last 7 days, most first. */
  week: Item[]
}

/** "Most read": the articles readers read most in this language, over the last day and the last week. */
export function MostRead({ day, week }: Props) {
  const t = useTranslations('MostRead')
  const id = useId()
  if (day.length === 0 && week.length === 0) return null
  const lists = [
    { key: 'day', heading: t('lastDay'), items: day },
    { key: 'week', heading: t('lastWeek'), items: week },
  ].filter((list) => list.items.length > 0)

  return (
    <section aria-labelledby={id} className="most-read">
      <h2 id={id}>{t('heading')}</h2>
      {lists.map((list) => (
        <section key={list.key} aria-labelledby={`${id}-${list.key}`}>
          <h3 id={`${id}-${list.key}`}>{list.heading}</h3>
          <ol>
            {list.items.map((item) => (
              <li key={item.id}>
                <Link href={documentHref('articles', item.slug)}>{item.title}</Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  )
}
