import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleBody } from '@/components/ArticleBody'
import { Byline } from '@/components/Byline'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { ReviewsSection } from '@/components/reviews/ReviewsSection'
import { ShareLinks } from '@/components/ShareLinks'
import { SiteHeader } from '@/components/SiteHeader'
import { TermLinks } from '@/components/TermLinks'
import { Link } from '@/i18n/navigation'
import { routing } from '@/i18n/routing'
import { getArticle, getArticleAlternates, getPreviewUser } from '@/lib/articles'
import { parsePage } from '@/lib/pagination'
import { getSiteIdentity } from '@/lib/site'
import { siteOrigin } from '@/lib/siteUrl'
import type { Article, Author, Category, Media, RemembranceEvent, Tag } from '@/payload-types'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

async function findArticle(params: Props['params']) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const article = await getArticle(locale, slug)
  if (!article) notFound()
  return { locale, article }
}

/** Populated relations only: an id left unpopulated is a document the reader may not see. */
function populated<T extends { slug?: string | null }>(items: (number | T)[] | null | undefined): (T & { slug: string })[] {
  return (items ?? []).filter((item): item is T & { slug: string } => typeof item === 'object' && Boolean(item.slug))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await findArticle(params)
  return { title: article.title, description: article.standfirst ?? undefined }
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { locale, article } = await findArticle(params)
  setRequestLocale(locale)

  const [t, alternates, previewUser, origin, identity, { page: pageParam }] = await Promise.all([
    getTranslations('ArticlePage'),
    getArticleAlternates(article.id),
    getPreviewUser(),
    siteOrigin(),
    getSiteIdentity(locale),
    searchParams,
  ])
  // The proxy has already answered 404 for a review page that does not exist.
  const reviewsPage = parsePage(pageParam) ?? 1
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const event = typeof article.remembranceEvent === 'object' ? (article.remembranceEvent as RemembranceEvent | null) : null
  const categories = populated<Category>(article.categories)
  const tags = populated<Tag>(article.tags)
  const related = populated<Article>(article.relatedArticles)
  const authors = (article.authors ?? []).filter((author): author is Author => typeof author === 'object')

  return (
    <>
      <SiteHeader alternates={alternates} />
      {previewUser && (
        <p className="preview-banner" role="status">
          {t.rich('previewBanner', {
            exit: (chunks) => <a href={`/${locale}/preview/exit?to=/${locale}/news/${article.slug}`}>{chunks}</a>,
          })}
        </p>
      )}
      <main id="main">
        <article className="article">
          {categories.length > 0 && (
            <p className="kicker">
              <Link href={`/category/${categories[0].slug}`}>{categories[0].name}</Link>
            </p>
          )}
          <h1>{article.title}</h1>
          {article.standfirst && <p className="standfirst">{article.standfirst}</p>}
          <Byline
            authors={authors}
            publishedAt={article.publishedAt}
            updatedAt={article.updatedAt}
            readingTime={article.readingTime}
          />
          {hero && (
            <figure className="hero">
              <ResponsiveImage media={hero} priority />
              {hero.caption && <figcaption>{hero.caption}</figcaption>}
            </figure>
          )}
          {article.body && <ArticleBody data={article.body} />}
          {event?.slug && (
            <p className="event-link">
              {t.rich('event', {
                name: event.name,
                link: (chunks) => <Link href={`/remembrance/${event.slug}`}>{chunks}</Link>,
              })}
            </p>
          )}
          {(categories.length > 0 || tags.length > 0) && (
            <footer className="article-terms">
              <TermLinks terms={categories} kind="category" label={t('categories')} />
              <TermLinks terms={tags} kind="tag" label={t('tags')} />
            </footer>
          )}
          <ShareLinks url={`${origin}/${locale}/news/${article.slug}`} title={article.title} />
        </article>
        {related.length > 0 && (
          <section aria-labelledby="related" className="related">
            <h2 id="related">{t('related')}</h2>
            <ul>
              {related.map((item) => (
                <li key={item.id}>
                  <Link href={`/news/${item.slug}`}>{item.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {/* A preview shows a draft, which readers cannot review yet. */}
        {!previewUser && (
          <ReviewsSection
            articleId={article.id}
            locale={locale}
            page={reviewsPage}
            href={`/${locale}/news/${article.slug}`}
            closedReason={!identity.reviewsEnabled ? 'site' : article.reviewsOpen === false ? 'article' : null}
          />
        )}
      </main>
    </>
  )
}
