import { isLocale } from '@/i18n/locales'
import { getEvent } from '@/lib/data/remembrance'
import { TAGS } from '@/lib/data/tags'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { shareCard } from '@/lib/seo/shareCard'
import { siteNameIn } from '@/lib/siteName'
import { isPlausibleSlug } from '@/lib/slugify'

export const dynamic = 'force-dynamic'

/** /{locale}/remembrance/{slug}/og.png: the generated share card of an event without a gallery. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const event = isPlausibleSlug(slug) ? await getEvent(locale, slug) : null
  if (!event) return notFoundResponse(locale)
  return shareCard({ siteName: await siteNameIn(locale), headline: event.name, subject: `event:${event.id}:${locale}`, tags: [TAGS.remembranceEvents] })
}
