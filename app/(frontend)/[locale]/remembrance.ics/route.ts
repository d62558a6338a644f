import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { listEvents } from '@/lib/data/remembrance'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { renderCalendar } from '@/lib/remembrance/calendar'
import { siteNameIn } from '@/lib/siteName'
import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/**
 * /{locale}/remembrance.ics: the days of remembrance as an iCalendar feed to subscribe to, one yearly all-day event per
 * event published in that language. Rendered per request from the tag-cached events, like the RSS feeds.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const [origin, siteName, events, t, day] = await Promise.all([
    siteOrigin(),
    siteNameIn(locale),
    listEvents(locale),
    getTranslations({ locale, namespace: 'Calendar' }),
    getTranslations({ locale, namespace: 'OnThisDay' }),
  ])
  const body = renderCalendar({
    origin,
    locale,
    selfUrl: absoluteUrl(origin, locale, '/remembrance.ics'),
    text: { name: t('name', { siteName }), description: t('description', { siteName }), summary: (name) => t('summary', { name }), leapDay: day('leapDay') },
    events: events.flatMap((event) => (event.slug ? [{ ...event, url: absoluteUrl(origin, locale, documentHref('remembrance-events', event.slug)) }] : [])),
  })
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="remembrance-${locale}.ics"`,
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  })
}
