import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { countTermArticles, getTerm, getTermAlternates, listTermArticles, type TermKind } from '@/lib/data/listings'
import { PAGE_SIZE, pageFromSegment } from '@/lib/pagination'
import { getPublisher } from '@/lib/seo/publisher'
import { breadcrumbs } from '@/lib/seo/structuredData'
import { termMetadata } from '@/lib/seo/termMetadata'
import { isPlausibleSlug } from '@/lib/slugify'

import { ArticleList } from './ArticleList'
import { JsonLd } from './JsonLd'
import { Pagination } from './Pagination'
import { SiteHeader } from './SiteHeader'

type Props = {
  kind: TermKind
  locale: Locale
  slug: string
  /** Null for a page number that is not one of ours. */
  page: number | null
}

/** A category's or tag's articles, ten to a page. Unknown slugs and pages that do not exist are 404s. */
export async function TermPage({ kind, locale, slug, page }: Props) {
  if (!page || !isPlausibleSlug(slug)) notFound()
  const term = await getTerm(kind, locale, slug)
  if (!term) notFound()
  const total = await countTermArticles(locale, kind, term.id)
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  if (page > totalPages) notFound()
  setRequestLocale(locale)

  const [t, nav, alternates, articles, publisher] = await Promise.all([
    getTranslations('TermPage'),
    getTranslations('Navigation'),
    getTermAlternates(kind, term.id),
    listTermArticles(locale, kind, term.id, page),
    getPublisher(locale),
  ])
  const base = getPathname({ locale, href: documentHref(kind, term.slug ?? '') })
  const title = kind === 'categories' ? term.name : t('tagTitle', { name: term.name })

  return (
    <>
      <JsonLd data={[breadcrumbs([{ name: nav('home'), url: publisher.url }, { name: title, url: `${publisher.origin}${base}` }])]} />
      <SiteHeader alternates={alternates} />
      <main id="main">
        <h1>{title}</h1>
        <p className="count">{t('count', { count: total })}</p>
        {articles.docs.length > 0 ? <ArticleList articles={articles.docs} /> : <p>{t('empty')}</p>}
        <Pagination page={page} totalPages={totalPages} hrefFor={(n) => (n === 1 ? base : `${base}?page=${n}`)} />
      </main>
    </>
  )
}

/** `page` is `?page=N` (N ≥ 2) as the server's routing (server/routing.ts) rewrites it, so that each page of the listing is cached. */
type RouteProps = { params: Promise<{ locale: string; slug: string; page?: string[] }> }

/** What the category and tag routes export: the same page for either kind of term. */
export function termRoute(kind: TermKind) {
  return {
    /** None at build: each page of the listing is rendered on its first request, then cached. */
    generateStaticParams: () => [],
    async generateMetadata({ params }: RouteProps): Promise<Metadata> {
      const { locale, slug, page } = await params
      if (!hasLocale(routing.locales, locale)) return {}
      return termMetadata(kind, locale, slug, pageFromSegment(page))
    },
    async Page({ params }: RouteProps) {
      const { locale, slug, page } = await params
      if (!hasLocale(routing.locales, locale)) notFound()
      return <TermPage kind={kind} locale={locale} slug={slug} page={pageFromSegment(page)} />
    },
  }
}
