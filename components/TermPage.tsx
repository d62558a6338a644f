import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { isPlausibleSlug } from '@/lib/slugify'
import { countTermArticles, getTerm, getTermAlternates, listTermArticles, type TermKind } from '@/lib/listings'
import { PAGE_SIZE } from '@/lib/pagination'
import { getPublisher } from '@/lib/publisher'
import { breadcrumbs } from '@/lib/structuredData'

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

const SEGMENT: Record<TermKind, string> = { categories: 'category', tags: 'tag' }

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
  const base = `/${locale}/${SEGMENT[kind]}/${term.slug}`
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
