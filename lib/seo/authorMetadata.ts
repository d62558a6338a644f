import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { getAuthor, getAuthorSlugs } from '@/lib/data/authors'

import { localizedUrls } from './hreflang'
import { seoMetadata } from './metadata'
import { getPublisher } from './publisher'
import { shareImageOf } from './shareImage'

/**
 * Head of an author's page. Page 1 has the author's page in every language they have one as alternates; a
 * later page is its own canonical with no alternates (as on sections: other languages may have fewer pages).
 */
export async function authorMetadata(locale: Locale, slug: string, page: number | null): Promise<Metadata> {
  if (!page) return {}
  const author = await getAuthor(locale, slug)
  if (!author?.slug) return {}
  const [{ origin }, slugs, t] = await Promise.all([getPublisher(locale), getAuthorSlugs(author.id), getTranslations({ locale, namespace: 'Seo' })])
  const urls =
    page === 1
      ? localizedUrls(slugs, origin, 'authors')
      : { [locale]: absoluteUrl(origin, locale, { ...documentHref('authors', author.slug), query: { page: String(page) } }) }
  return seoMetadata({
    locale,
    title: author.name,
    description: author.bio || t('authorDescription', { name: author.name }),
    urls,
    image: shareImageOf(author.photo, origin),
    fallbackImage: '/og.png',
  })
}
