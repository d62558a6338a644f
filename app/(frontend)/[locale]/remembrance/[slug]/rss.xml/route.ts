import { isLocale } from '@/i18n/locales'
import { documentHref } from '@/i18n/routes'
import { getEvent } from '@/lib/data/remembrance'
import { feedResponse } from '@/lib/feeds/feedResponse'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { isPlausibleSlug } from '@/lib/slugify'

export const dynamic = 'force-dynamic'

/** /{locale}/remembrance/{slug}/rss.xml: the coverage of one event; an unknown event is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const event = isPlausibleSlug(slug) ? await getEvent(locale, slug) : null
  if (!event?.slug) return notFoundResponse(locale)
  return feedResponse(
    locale,
    { kind: 'event', slug: event.slug, name: event.name },
    { kind: 'event', id: event.id },
    documentHref('remembrance-events', event.slug),
  )
}
