import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { AnniversaryLabel } from '@/components/AnniversaryLabel'
import { CalendarLink } from '@/components/CalendarLink'
import { JsonLd } from '@/components/JsonLd'
import { SiteHeader } from '@/components/SiteHeader'
import { absoluteUrl, Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { eventsByNextCommemoration } from '@/lib/data/remembrance'
import { everyLocalePath } from '@/lib/seo/alternates'
import { everyLocale } from '@/lib/seo/hreflang'
import { seoMetadata } from '@/lib/seo/metadata'
import { getPublisher } from '@/lib/seo/publisher'
import { breadcrumbs } from '@/lib/seo/structuredData'

// Cached and expired by content changes (lib/data/prerender.ts); re-rendered in the background a minute after
// rendering at the latest, because "today" (the next commemoration) moves.
export const revalidate = 60

type Props = { params: Promise<{ locale: string }> }

const alternates = everyLocalePath('/remembrance')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const [t, { origin }] = await Promise.all([getTranslations({ locale, namespace: 'RemembranceIndex' }), getPublisher(locale)])
  return seoMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    urls: everyLocale(origin, '/remembrance'),
    fallbackImage: '/og.png',
    feeds: [{ kind: 'remembrance' }],
    calendar: true,
  })
}

export default async function RemembranceIndexPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, nav, publisher, events] = await Promise.all([
    getTranslations('RemembranceIndex'),
    getTranslations('Navigation'),
    getPublisher(locale),
    eventsByNextCommemoration(locale, new Date()),
  ])

  return (
    <>
      <JsonLd
        data={[
          breadcrumbs([
            { name: nav('home'), url: publisher.url },
            { name: t('title'), url: absoluteUrl(publisher.origin, locale, '/remembrance') },
          ]),
        ]}
      />
      <SiteHeader alternates={alternates} />
      <main id="main">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <nav aria-label={t('title')} className="remembrance-links">
          <ul>
            <li>
              <Link href="/on-this-day">{t('onThisDay')}</Link>
            </li>
          </ul>
          <CalendarLink />
        </nav>
        {events.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ol className="event-list">
            {events.map((event) => (
              <li key={event.id}>
                <h2>
                  <Link href={documentHref('remembrance-events', event.slug ?? '')}>{event.name}</Link>
                </h2>
                <AnniversaryLabel anniversary={event.anniversary} />
                {event.summary && <p>{event.summary}</p>}
              </li>
            ))}
          </ol>
        )}
      </main>
    </>
  )
}
