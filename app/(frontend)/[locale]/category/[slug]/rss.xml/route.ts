import { isLocale } from '@/i18n/locales'
import { documentHref } from '@/i18n/routes'
import { getTerm } from '@/lib/data/listings'
import { feedResponse } from '@/lib/feeds/feedResponse'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { isPlausibleSlug } from '@/lib/slugify'

export const dynamic = 'force-dynamic'

/** /{locale}/category/{slug}/rss.xml: a section's latest articles; an unknown section is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const category = isPlausibleSlug(slug) ? await getTerm('categories', locale, slug) : null
  if (!category?.slug) return notFoundResponse(locale)
  return feedResponse(
    locale,
    { kind: 'category', slug: category.slug, name: category.name },
    { kind: 'category', id: category.id },
    documentHref('categories', category.slug),
  )
}
