import { useFormatter, useTranslations } from 'next-intl'

import type { Anniversary } from '@/lib/anniversary'

type Props = {
  anniversary: Anniversary
}

/**
 * "34th anniversary · in 93 days, on February 26, 2027" — one message per language, so each orders
 * the ordinal, the countdown and the date its own way (az ordinal suffixes follow vowel harmony).
 */
export function AnniversaryLabel({ anniversary }: Props) {
  const t = useTranslations('Anniversary')
  const format = useFormatter()
  // A calendar day already reckoned in the newsroom's zone: formatted as written, never shifted again.
  const date = format.dateTime(new Date(`${anniversary.date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })

  return (
    <p className="anniversary">
      {t.rich('label', {
        anniversary: anniversary.number,
        // The message's "=0" case is the day itself.
        daysUntil: anniversary.isToday ? 0 : anniversary.daysUntil,
        date,
        time: (chunks) => <time dateTime={anniversary.date}>{chunks}</time>,
      })}
    </p>
  )
}
