import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { AuthorHeader } from '@/components/AuthorHeader'
import { JsonLd } from '@/components/JsonLd'
import { Pagination } from '@/components/Pagination'
import { SiteHeader } from '@/components/SiteHeader'
import { getPathname } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { getAuthor, getAuthorAlternates } from '@/lib/data/authors'
import { countTermArticles, listTermArticles } from '@/lib/data/listings'
import { PAGE_SIZE, pageFromSegment } from '@/lib/pagination'
import { authorMetadata } from '@/lib/seo/authorMetadata'
import { getPublisher } from '@/lib/seo/publisher'
import { breadcrumbs, person } from '@/lib/seo/structuredData'

// Cached per page of the listing and expired by content changes (authors expire the articles' tag); rendered on first request.
export const revalidate = 60

/** `page` is `?page=N` (N ≥ 2) as the server's routing (server/routing.ts) rewrites it, so that each page of the listing is cached. */
type Props = { params: Promise<{ locale: string; slug: string; page?: string[] }> }

/** None at build: each page is rendered on its first request, then cached. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return authorMetadata(locale, slug, pageFromSegment(page))
}

/** An author's profile and their published articles in this language, newest first, ten to a page. */
export default async function AuthorPage({ params }: Props) {
  const { locale, slug, page: segment } = await params
  const page = pageFromSegment(segment)
  if (!hasLocale(routing.locales, locale) || !page) notFound()
  const author = await getAuthor(locale, slug)
  if (!author?.slug) notFound()
  const total = await countTermArticles(locale, 'authors', author.id)
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  if (page > totalPages) notFound()
  setRequestLocale(locale)

  const [t, nav, alternates, articles, publisher] = await Promise.all([
    getTranslations('AuthorPage'),
    getTranslations('Navigation'),
    getAuthorAlternates(author.id),
    listTermArticles(locale, 'authors', author.id, page),
    getPublisher(locale),
  ])
  const base = getPathname({ locale, href: documentHref('authors', author.slug) })
  const url = `${publisher.origin}${base}`
  const photo = typeof author.photo === 'object' ? author.photo : null
  const structuredData = [
    person({
      url,
      name: author.name,
      jobTitle: author.role,
      description: author.bio,
      imageUrl: photo?.url ? new URL(photo.url, publisher.origin).toString() : null,
      sameAs: (author.links ?? []).map((link) => link.url),
      language: locale,
      publisher,
    }),
    breadcrumbs([
      { name: nav('home'), url: publisher.url },
      { name: author.name, url },
    ]),
  ]

  return (
    <>
      <JsonLd data={structuredData} />
      <SiteHeader alternates={alternates} />
      <main id="main" className="author-page">
        <AuthorHeader author={author} />
        <section aria-labelledby="author-articles">
          <h2 id="author-articles" className="block-heading">
            {t('articles')}
          </h2>
          <p className="count">{t('count', { count: total })}</p>
          {articles.docs.length > 0 ? <ArticleList articles={articles.docs} headingLevel="h3" /> : <p>{t('empty')}</p>}
          <Pagination page={page} totalPages={totalPages} hrefFor={(n) => (n === 1 ? base : `${base}?page=${n}`)} />
        </section>
      </main>
    </>
  )
}
