import { useLocale, useTranslations } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'

/**
 * "Add the days of remembrance to your calendar": the iCalendar feed of this language. A plain link, not next-intl's
 * Link, which would prefetch the file and try to navigate to it client-side.
 */
export function CalendarLink() {
  const t = useTranslations('Calendar')
  const locale = useLocale() as Locale
  return (
    <p className="calendar-link">
      <a href={getPathname({ locale, href: '/remembrance.ics' })} type="text/calendar">
        {t('link')}
      </a>
    </p>
  )
}
