import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { Pagination } from '@/components/Pagination'
import { SiteHeader } from '@/components/SiteHeader'
import { getPathname } from '@/i18n/navigation'
import { routing } from '@/i18n/routing'
import { QUERY_MAX_LENGTH, searchArticles } from '@/lib/data/search'
import { parsePage } from '@/lib/pagination'
import { everyLocalePath } from '@/lib/seo/alternates'
import { everyLocale } from '@/lib/seo/hreflang'
import { seoMetadata } from '@/lib/seo/metadata'
import { getPublisher } from '@/lib/seo/publisher'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const [t, { origin }] = await Promise.all([getTranslations({ locale, namespace: 'SearchPage' }), getPublisher(locale)])
  const metadata = await seoMetadata({ locale, title: t('title'), urls: everyLocale(origin, '/search'), fallbackImage: '/og.png' })
  // Result pages are endless variations of the same articles: keep them out of search engines.
  return { ...metadata, robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const query = await searchParams
  const page = parsePage(query.page)
  if (!page) notFound()
  setRequestLocale(locale)

  const q = (typeof query.q === 'string' ? query.q : '').trim().slice(0, QUERY_MAX_LENGTH)
  const [t, results] = await Promise.all([getTranslations('SearchPage'), q ? searchArticles(locale, q, page) : null])
  if (results && results.totalDocs > 0 && page > results.totalPages) notFound()
  // The same search in another language (results differ: each language searches its own articles).
  const alternates = everyLocalePath(q ? { pathname: '/search', query: { q } } : '/search')

  return (
    <>
      <SiteHeader alternates={alternates} />
      <main id="main">
        <h1>{t('title')}</h1>
        <form action={getPathname({ locale, href: '/search' })} method="get" role="search" className="search-form">
          <label htmlFor="q">{t('label')}</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={QUERY_MAX_LENGTH} />
          <button type="submit">{t('submit')}</button>
        </form>
        {!q ? (
          <p>{t('prompt')}</p>
        ) : !results || results.totalDocs === 0 ? (
          <p role="status">{t('noResults', { query: q })}</p>
        ) : (
          <>
            <p role="status">{t('results', { count: results.totalDocs, query: q })}</p>
            <ArticleList articles={results.docs} />
            <Pagination
              page={page}
              totalPages={results.totalPages}
              hrefFor={(n) => getPathname({ locale, href: { pathname: '/search', query: { q, ...(n > 1 ? { page: String(n) } : {}) } } })}
            />
          </>
        )}
      </main>
    </>
  )
}
