import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { getTerm, getTermSlugs, type TermKind } from '@/lib/data/listings'
import { isPlausibleSlug } from '@/lib/slugify'

import { localizedUrls } from './hreflang'
import { seoMetadata } from './metadata'
import { getPublisher } from './publisher'

/**
 * Head of a category or tag page. Page 1 has every language's version as alternates; a later page
 * is its own canonical (its articles differ) and has no alternates, as other languages may have
 * fewer pages.
 */
export async function termMetadata(kind: TermKind, locale: Locale, slug: string, page: number | null): Promise<Metadata> {
  if (!page || !isPlausibleSlug(slug)) return {}
  const term = await getTerm(kind, locale, slug)
  if (!term?.slug) return {}
  const [{ origin }, slugs, t, terms] = await Promise.all([
    getPublisher(locale),
    getTermSlugs(kind, term.id),
    getTranslations({ locale, namespace: 'Seo' }),
    getTranslations({ locale, namespace: 'TermPage' }),
  ])
  const urls =
    page === 1 ? localizedUrls(slugs, origin, kind) : { [locale]: absoluteUrl(origin, locale, { ...documentHref(kind, term.slug), query: { page: String(page) } }) }
  return seoMetadata({
    locale,
    title: kind === 'categories' ? term.name : terms('tagTitle', { name: term.name }),
    description: kind === 'categories' ? t('categoryDescription', { name: term.name }) : t('tagDescription', { name: term.name }),
    urls,
    fallbackImage: '/og.png',
    feeds: kind === 'categories' ? [{ kind: 'category', slug: term.slug, name: term.name }] : [],
  })
}
