import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { CalendarLink } from '@/components/CalendarLink'
import { CoverageYears } from '@/components/CoverageYears'
import { JsonLd } from '@/components/JsonLd'
import { SiteHeader } from '@/components/SiteHeader'
import { absoluteUrl, Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { eventsOnDay, getDayArticles } from '@/lib/data/onThisDay'
import { getCoverage } from '@/lib/data/remembrance'
import { DAY_OF_YEAR_FORMAT, dayOfYearDate, neighbourDays, parseMonthDay, type MonthDay } from '@/lib/remembrance/onThisDay'
import { everyLocalePath } from '@/lib/seo/alternates'
import { everyLocale } from '@/lib/seo/hreflang'
import { seoMetadata } from '@/lib/seo/metadata'
import { getPublisher } from '@/lib/seo/publisher'
import { breadcrumbs } from '@/lib/seo/structuredData'

// One cached page per day of the year, expired with the articles and events it lists; rendered on its first request.
// It shows no "today": /on-this-day is today's page by the server's routing (lib/publicRoutes.ts).
export const revalidate = 60

export const generateStaticParams = () => []

type Props = { params: Promise<{ locale: string; day: string }> }

async function dayOf(params: Props['params']) {
  const { locale, day } = await params
  const monthDay = parseMonthDay(day)
  if (!hasLocale(routing.locales, locale) || !monthDay) notFound()
  return { locale, day, monthDay }
}

const dayHref = (day: string) => ({ pathname: '/on-this-day/[day]' as const, params: { day } })

/** A day of the year without a year, in the page's language. */
const dayLabel = (format: Awaited<ReturnType<typeof getFormatter>>, monthDay: MonthDay) => format.dateTime(dayOfYearDate(monthDay), DAY_OF_YEAR_FORMAT)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, day, monthDay } = await dayOf(params)
  const [t, format, { origin }] = await Promise.all([getTranslations({ locale, namespace: 'OnThisDay' }), getFormatter({ locale }), getPublisher(locale)])
  const date = dayLabel(format, monthDay)
  return seoMetadata({
    locale,
    title: t('title', { date }),
    description: t('description', { date }),
    urls: everyLocale(origin, dayHref(day)),
    fallbackImage: '/og.png',
    feeds: [{ kind: 'remembrance' }],
    calendar: true,
  })
}

export default async function OnThisDayPage({ params }: Props) {
  const { locale, day, monthDay } = await dayOf(params)
  setRequestLocale(locale)
  const [t, nav, index, format, publisher, events, articles] = await Promise.all([
    getTranslations('OnThisDay'),
    getTranslations('Navigation'),
    getTranslations('RemembranceIndex'),
    getFormatter(),
    getPublisher(locale),
    eventsOnDay(locale, monthDay),
    getDayArticles(locale, day),
  ])
  const coverage = await Promise.all(events.map((event) => getCoverage(locale, event.id)))
  // Articles about the day's events are listed under them; the rest of the day's articles follow.
  const listed = new Set(events.map((event) => event.id))
  const others = articles.filter((article) => article.eventId === null || !listed.has(article.eventId))
  const date = dayLabel(format, monthDay)
  const { previous, next } = neighbourDays(monthDay)
  const dayOfLabel = (value: string) => dayLabel(format, parseMonthDay(value) as MonthDay)

  return (
    <>
      <JsonLd
        data={[
          breadcrumbs([
            { name: nav('home'), url: publisher.url },
            { name: index('title'), url: absoluteUrl(publisher.origin, locale, '/remembrance') },
            { name: t('title', { date }), url: absoluteUrl(publisher.origin, locale, dayHref(day)) },
          ]),
        ]}
      />
      <SiteHeader alternates={everyLocalePath(dayHref(day))} />
      <main id="main" className="on-this-day">
        <h1>{t('title', { date })}</h1>
        <p>{t('description', { date })}</p>
        <section aria-labelledby="day-events">
          <h2 id="day-events">{t('events')}</h2>
          {events.length === 0 ? (
            <p>{t('noEvents')}</p>
          ) : (
            <ul className="event-list">
              {events.map((event, position) => (
                <li key={event.id}>
                  <h3>
                    <Link href={documentHref('remembrance-events', event.slug ?? '')}>{event.name}</Link>
                  </h3>
                  {/* Event dates are calendar days: shown as stored, in UTC. */}
                  <p>
                    <time dateTime={event.startDate.slice(0, 10)}>{format.dateTime(new Date(event.startDate), { dateStyle: 'long', timeZone: 'UTC' })}</time>
                  </p>
                  {event.observed === 'leapDay' && <p>{t('leapDay')}</p>}
                  {event.summary && <p>{event.summary}</p>}
                  <CoverageYears items={coverage[position]} startDate={event.startDate} level="h4" />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="day-articles">
          <h2 id="day-articles">{t('articles')}</h2>
          {others.length === 0 ? <p>{t('noArticles')}</p> : <CoverageYears items={others} level="h3" />}
        </section>
        <CalendarLink />
        <nav aria-label={t('otherDays')} className="day-nav">
          <ul>
            <li>
              <Link href={dayHref(previous)}>{t('previousDay', { date: dayOfLabel(previous) })}</Link>
            </li>
            <li>
              <Link href="/on-this-day">{t('today')}</Link>
            </li>
            <li>
              <Link href={dayHref(next)}>{t('nextDay', { date: dayOfLabel(next) })}</Link>
            </li>
          </ul>
        </nav>
      </main>
    </>
  )
}
