import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { AnniversaryLabel } from '@/components/AnniversaryLabel'
import { CalendarLink } from '@/components/CalendarLink'
import { EventTimeline } from '@/components/EventTimeline'
import { FactsPanel } from '@/components/FactsPanel'
import { JsonLd } from '@/components/JsonLd'
import { MediaCaption } from '@/components/MediaCaption'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { SiteHeader } from '@/components/SiteHeader'
import type { Locale } from '@/i18n/locales'
import { absoluteUrl, Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { currentOrNextAnniversary } from '@/lib/anniversary'
import { prerenderedSlugs } from '@/lib/data/prerender'
import { getCoverage, getEvent, getEventAlternates, getEventSlugs, type EventPageData } from '@/lib/data/remembrance'
import { localizedUrls } from '@/lib/seo/hreflang'
import { seoMetadata } from '@/lib/seo/metadata'
import { getPublisher } from '@/lib/seo/publisher'
import { shareImageOf } from '@/lib/seo/shareImage'
import { breadcrumbs, event as eventLd } from '@/lib/seo/structuredData'
import { DAY_OF_YEAR_FORMAT, dayOfYearDate, formatMonthDay } from '@/lib/remembrance/onThisDay'
import { isPlausibleSlug } from '@/lib/slugify'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'
import type { Media } from '@/payload-types'

// Cached and expired by content changes; the most recent are rendered at build (lib/data/prerender.ts). Re-rendered
// in the background a minute after rendering at the latest, because the anniversary counts from today.
export const revalidate = 60

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return (await prerenderedSlugs('remembrance-events', params.locale)).map((slug) => ({ slug }))
}

async function findEvent(params: Props['params']) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale) || !isPlausibleSlug(slug)) notFound()
  const event = await getEvent(locale, slug)
  if (!event) notFound()
  return { locale, event }
}

/** The event's generated share card, for an event without a gallery. */
const card = (slug: string) => ({ pathname: '/remembrance/[slug]/og.png' as const, params: { slug } })

/** The event's picture for previews: the first gallery image that has a share card. */
function shareImage(event: EventPageData, origin: string) {
  return (event.gallery ?? []).map((media) => shareImageOf(media, origin)).find(Boolean) ?? null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, event } = await findEvent(params)
  const [{ origin }, slugs] = await Promise.all([getPublisher(locale), getEventSlugs(event.id)])
  return seoMetadata({
    locale,
    title: event.name,
    description: event.summary,
    urls: localizedUrls(slugs, origin, 'remembrance-events'),
    image: shareImage(event, origin),
    fallbackImage: card(event.slug ?? ''),
    feeds: [{ kind: 'remembrance' }, { kind: 'event', slug: event.slug ?? '', name: event.name }],
    calendar: true,
  })
}

/** The lead picture spans the wide column; the gallery's are a third of it, or half on a phone. */
const WIDE_SIZES = '(min-width: 60rem) 60rem, 100vw'
const GALLERY_SIZES = '(min-width: 60rem) 20rem, 50vw'

export default async function RemembranceEventPage({ params }: Props) {
  const { locale, event } = await findEvent(params)
  setRequestLocale(locale)
  const [t, onThisDay, nav, index, format, alternates, coverage, publisher] = await Promise.all([
    getTranslations('EventPage'),
    getTranslations('OnThisDay'),
    getTranslations('Navigation'),
    getTranslations('RemembranceIndex'),
    getFormatter(),
    getEventAlternates(event.id),
    getCoverage(locale, event.id),
    getPublisher(locale),
  ])
  const url = absoluteUrl(publisher.origin, locale, documentHref('remembrance-events', event.slug ?? ''))
  const structuredData = [
    eventLd({
      url,
      name: event.name,
      description: event.summary,
      startDate: event.startDate,
      endDate: event.endDate,
      place: event.place?.name,
      imageUrl: shareImage(event, publisher.origin)?.url ?? absoluteUrl(publisher.origin, locale, card(event.slug ?? '')),
      language: locale,
    }),
    breadcrumbs([
      { name: nav('home'), url: publisher.url },
      { name: index('title'), url: absoluteUrl(publisher.origin, locale, '/remembrance') },
      { name: event.name, url },
    ]),
  ]
  const anniversary = currentOrNextAnniversary(event.startDate, event.commemoration, new Date(), NEWSROOM_TIME_ZONE)
  // Event dates are calendar days: shown as stored, in UTC, never shifted by a time zone.
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeZone: 'UTC' })
  const commemoration = { month: Number(event.commemoration.month), day: event.commemoration.day }
  const gallery = (event.gallery ?? []).filter((item): item is Media => typeof item === 'object' && item !== null)

  return (
    <>
      <JsonLd data={structuredData} />
      <SiteHeader alternates={alternates} />
      <main id="main">
        <article className="event">
          <h1>{event.name}</h1>
          <AnniversaryLabel anniversary={anniversary} />
          {event.summary && <p className="standfirst">{event.summary}</p>}
          <dl className="key-facts">
            <div>
              <dt>{t('when')}</dt>
              <dd>
                {event.endDate && event.endDate.slice(0, 10) !== event.startDate.slice(0, 10)
                  ? format.dateTimeRange(new Date(event.startDate), new Date(event.endDate), { dateStyle: 'long', timeZone: 'UTC' })
                  : day(event.startDate)}
              </dd>
            </div>
            {event.place?.name && (
              <div>
                <dt>{t('where')}</dt>
                <dd>{event.place.name}</dd>
              </div>
            )}
            {event.memorial?.name && (
              <div>
                <dt>{t('memorial')}</dt>
                <dd>
                  {event.memorial.name}
                  {event.memorial.address && <>, {event.memorial.address}</>}
                </dd>
              </div>
            )}
          </dl>
          <FactsPanel figures={event.figures} />
          {gallery[0] && (
            <figure className="hero wide">
              <ResponsiveImage media={gallery[0]} sizes={WIDE_SIZES} priority />
              <MediaCaption caption={gallery[0].caption} credit={gallery[0].credit} />
            </figure>
          )}
          {event.history && (
            <section aria-labelledby="history">
              <h2 id="history">{t('history')}</h2>
              <RichText data={event.history} className="article-body event-history" />
            </section>
          )}
          <section aria-labelledby="timeline">
            <h2 id="timeline">{t('timeline')}</h2>
            <EventTimeline headingId="timeline" name={event.name} startDate={event.startDate} endDate={event.endDate} next={anniversary} coverage={coverage} />
            {coverage.length === 0 && <p>{t('noCoverage')}</p>}
            <p>
              <Link href={{ pathname: '/on-this-day/[day]', params: { day: formatMonthDay(commemoration) } }}>
                {onThisDay('title', { date: format.dateTime(dayOfYearDate(commemoration), DAY_OF_YEAR_FORMAT) })}
              </Link>
            </p>
            <CalendarLink />
          </section>
          {gallery.length > 1 && (
            <section aria-labelledby="gallery" className="wide">
              <h2 id="gallery">{t('gallery')}</h2>
              <ul className="gallery">
                {gallery.slice(1).map((media) => (
                  <li key={media.id}>
                    <figure>
                      <ResponsiveImage media={media} sizes={GALLERY_SIZES} />
                      <MediaCaption caption={media.caption} credit={media.credit} />
                    </figure>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {event.sources && event.sources.length > 0 && (
            <section aria-labelledby="sources">
              <h2 id="sources">{t('sources')}</h2>
              <ul>
                {event.sources.map((source) => (
                  <li key={source.id ?? source.url}>
                    <a href={source.url} rel="noopener noreferrer">
                      {source.title}
                    </a>
                    {source.publisher && <> · {source.publisher}</>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
      </main>
    </>
  )
}
