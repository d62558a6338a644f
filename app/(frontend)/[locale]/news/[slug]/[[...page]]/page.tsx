import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArticleBody } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleList'
import { ArticleTypeLabel } from '@/components/ArticleTypeLabel'
import { Byline } from '@/components/Byline'
import { CorrectionNotes } from '@/components/CorrectionNotes'
import { JsonLd } from '@/components/JsonLd'
import { LiveCoverage } from '@/components/live/LiveCoverage'
import { MediaCaption } from '@/components/MediaCaption'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { ReviewsSection } from '@/components/reviews/ReviewsSection'
import { ShareLinks } from '@/components/ShareLinks'
import { SiteHeader } from '@/components/SiteHeader'
import { TermLinks } from '@/components/TermLinks'
import type { Locale } from '@/i18n/locales'
import { absoluteUrl, getPathname, Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { later } from '@/lib/corrections'
import { getArticle, getArticleAlternates, getArticleSlugs, getPreviewUser } from '@/lib/data/articles'
import { getAuthorSlugs } from '@/lib/data/authors'
import { getCorrectionNotes } from '@/lib/data/corrections'
import { getLiveEntries } from '@/lib/data/live'
import { prerenderedSlugs } from '@/lib/data/prerender'
import { getSiteIdentity } from '@/lib/data/site'
import { entryAnchor, entryTitle, latestChange } from '@/lib/live/entries'
import { pageFromSegment } from '@/lib/pagination'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'
import { localizedUrls } from '@/lib/seo/hreflang'
import { seoMetadata } from '@/lib/seo/metadata'
import { getPublisher } from '@/lib/seo/publisher'
import { shareImageOf } from '@/lib/seo/shareImage'
import { breadcrumbs, newsArticle } from '@/lib/seo/structuredData'
import type { Article, Author, Category, Media, RemembranceEvent, Tag } from '@/payload-types'

// Cached and expired by content and review changes; the most recent are rendered at build (lib/data/prerender.ts).
// Staff previewing drafts (draft mode) and review form posts are rendered per request, never cached.
export const revalidate = 60

/** `page` is the reviews' `?page=N` (N ≥ 2) as the server's routing (server/routing.ts) rewrites it, so that each page is cached. */
type Props = { params: Promise<{ locale: string; slug: string; page?: string[] }> }

export async function generateStaticParams({ params }: { params: { locale: Locale } }) {
  return (await prerenderedSlugs('articles', params.locale)).map((slug) => ({ slug, page: [] }))
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

/** The hero steps out of the reading column to the wide one (styles.css .article > .hero). */
const HERO_SIZES = '(min-width: 60rem) 60rem, 100vw'

/** The article's generated share card, for an article without a hero image. */
const card = (slug: string) => ({ pathname: '/news/[slug]/og.png' as const, params: { slug } })

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article } = await findArticle(params)
  const [{ origin }, slugs, corrections, entries] = await Promise.all([
    getPublisher(locale),
    getArticleSlugs(article.id),
    getCorrectionNotes(article.id, locale),
    liveEntriesOf(article, locale),
  ])
  const [section] = populated<Category>(article.categories)
  return seoMetadata({
    locale,
    title: article.title,
    description: article.standfirst,
    urls: localizedUrls(slugs, origin, 'articles'),
    image: shareImageOf(article.heroImage, origin),
    fallbackImage: card(article.slug ?? slugs[locale] ?? ''),
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: later(later(article.updatedAt, corrections[0]?.date), latestChange(entries)),
      section: section?.name,
      tags: populated<Tag>(article.tags).map((tag) => tag.name),
    },
    feeds: [
      ...(section ? [{ kind: 'category', slug: section.slug, name: section.name } as const] : []),
      ...(article.articleType === 'live' && article.slug ? [{ kind: 'live', slug: article.slug, title: article.title } as const] : []),
    ],
  })
}

/** A live article's entries in this language (none for any other article). */
const liveEntriesOf = (article: Article, locale: Locale) => (article.articleType === 'live' ? getLiveEntries(article.id, locale) : Promise.resolve([]))

export default async function ArticlePage({ params }: Props) {
  const reviewsPage = pageFromSegment((await params).page)
  if (reviewsPage === null) notFound()
  const { locale, article } = await findArticle(params)
  setRequestLocale(locale)

  const [t, nav, correctionText, alternates, previewUser, publisher, identity, corrections, liveEntries] = await Promise.all([
    getTranslations('ArticlePage'),
    getTranslations('Navigation'),
    getTranslations('Corrections'),
    getArticleAlternates(article.id),
    getPreviewUser(),
    getPublisher(locale),
    getSiteIdentity(locale),
    getCorrectionNotes(article.id, locale),
    liveEntriesOf(article, locale),
  ])
  const { origin } = publisher
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const event = typeof article.remembranceEvent === 'object' ? (article.remembranceEvent as RemembranceEvent | null) : null
  const categories = populated<Category>(article.categories)
  const tags = populated<Tag>(article.tags)
  const related = populated<Article>(article.relatedArticles)
  // An author's slug is read with the Azerbaijani fallback; one without a slug of their own in this language has no
  // page in it yet, so their name is not linked (the page would be a 404).
  const authorSlugs = await Promise.all(
    (article.authors ?? []).filter((author): author is Author => typeof author === 'object').map((author) => getAuthorSlugs(author.id)),
  )
  const authors = (article.authors ?? [])
    .filter((author): author is Author => typeof author === 'object')
    .map((author, index) => ({ ...author, slug: authorSlugs[index][locale] ?? null }))
  const path = getPathname({ locale, href: documentHref('articles', article.slug ?? '') })
  const url = `${origin}${path}`
  const notesAt = (placement: 'top' | 'end') => corrections.filter((note) => note.placement === placement)
  const formatDate = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: NEWSROOM_TIME_ZONE }).format(new Date(iso))
  const structuredData = [
    newsArticle({
      url,
      headline: article.title,
      description: article.standfirst,
      imageUrl: shareImageOf(hero, origin)?.url ?? absoluteUrl(origin, locale, card(article.slug ?? '')),
      publishedAt: article.publishedAt,
      // A live article is modified by each entry too.
      updatedAt: later(later(article.updatedAt, corrections[0]?.date), latestChange(liveEntries)),
      // A note not translated yet is described as the page shows it: the original was corrected on that date.
      corrections: corrections.map((note) => ({
        text: note.text ?? correctionText.markup('untranslated', { kind: note.kind, date: formatDate(note.date), link: (chunks) => chunks }),
        date: note.date,
        url: `${url}#correction-${note.id}`,
      })),
      authors: authors.map((author) => ({ name: author.name, url: author.slug ? absoluteUrl(origin, locale, documentHref('authors', author.slug)) : null })),
      section: categories[0]?.name,
      keywords: tags.map((tag) => tag.name),
      language: locale,
      publisher,
      articleType: article.articleType,
      live:
        article.articleType === 'live'
          ? {
              startsAt: article.liveCoverage?.startsAt,
              endsAt: article.liveCoverage?.state === 'ended' ? article.liveCoverage.endsAt : null,
              updates: liveEntries.map((entry) => ({
                url: `${url}#${entryAnchor(entry.id)}`,
                headline: entryTitle(entry),
                text: entry.text,
                publishedAt: entry.postedAt,
                updatedAt: entry.updatedAt,
                author: entry.author?.name,
                imageUrl: entry.image ? new URL(entry.image.url, origin).href : null,
              })),
            }
          : undefined,
    }),
    breadcrumbs([
      { name: nav('home'), url: publisher.url },
      ...(categories[0] ? [{ name: categories[0].name, url: absoluteUrl(origin, locale, documentHref('categories', categories[0].slug)) }] : []),
      { name: article.title, url },
    ]),
  ]

  return (
    <>
      <JsonLd data={structuredData} />
      <SiteHeader alternates={alternates} />
      {previewUser && (
        <p className="preview-banner" role="status">
          {t.rich('previewBanner', {
            exit: (chunks) => <a href={`${getPathname({ locale, href: '/preview/exit' })}?to=${path}`}>{chunks}</a>,
          })}
        </p>
      )}
      <main id="main">
        <article className={article.articleType === 'opinion' ? 'article article-opinion' : 'article'}>
          {categories.length > 0 && (
            <p className="kicker">
              <Link href={documentHref('categories', categories[0].slug)}>{categories[0].name}</Link>
            </p>
          )}
          <ArticleTypeLabel type={article.articleType} />
          <h1>{article.title}</h1>
          {article.standfirst && <p className="standfirst">{article.standfirst}</p>}
          <Byline authors={authors} publishedAt={article.publishedAt} updatedAt={article.updatedAt} readingTime={article.readingTime} />
          <CorrectionNotes notes={notesAt('top')} originalHref={alternates.az} placement="top" />
          {hero && (
            <figure className="hero">
              <ResponsiveImage media={hero} sizes={HERO_SIZES} priority />
              <MediaCaption caption={hero.caption} credit={hero.credit} />
            </figure>
          )}
          {article.body && <ArticleBody data={article.body} />}
          {article.articleType === 'live' && <LiveCoverage article={article} entries={liveEntries} locale={locale} pageUrl={url} />}
          <CorrectionNotes notes={notesAt('end')} originalHref={alternates.az} placement="end" />
          {event?.slug && (
            <p className="event-link">
              {t.rich('event', {
                name: event.name,
                link: (chunks) => <Link href={documentHref('remembrance-events', event.slug ?? '')}>{chunks}</Link>,
              })}
            </p>
          )}
          {(categories.length > 0 || tags.length > 0) && (
            <footer className="article-terms">
              <TermLinks terms={categories} kind="category" label={t('categories')} />
              <TermLinks terms={tags} kind="tag" label={t('tags')} />
            </footer>
          )}
          <ShareLinks url={url} title={article.title} />
        </article>
        {related.length > 0 && (
          <section aria-labelledby="related" className="related">
            <h2 id="related" className="block-heading">
              {t('related')}
            </h2>
            <ArticleList articles={related} headingLevel="h3" />
          </section>
        )}
        {/* A preview shows a draft, which readers cannot review yet. */}
        {!previewUser && (
          <ReviewsSection
            articleId={article.id}
            locale={locale}
            page={reviewsPage}
            href={path}
            closedReason={!identity.reviewsEnabled ? 'site' : article.reviewsOpen === false ? 'article' : null}
          />
        )}
      </main>
    </>
  )
}
