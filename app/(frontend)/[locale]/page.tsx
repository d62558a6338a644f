import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { AnniversaryLabel } from '@/components/AnniversaryLabel'
import { ArticleList } from '@/components/ArticleList'
import { JsonLd } from '@/components/JsonLd'
import { MostRead } from '@/components/MostRead'
import { NewsLine } from '@/components/NewsLine'
import { SiteHeader } from '@/components/SiteHeader'
import { StoryCard } from '@/components/StoryCard'
import { TermLinks } from '@/components/TermLinks'
import { absoluteUrl, Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { listPublishedArticles } from '@/lib/data/articles'
import { listCategories, latestTermArticles } from '@/lib/data/listings'
import { getMostReadLists } from '@/lib/data/mostRead'
import { listFooterPages } from '@/lib/data/pages'
import { eventsByNextCommemoration } from '@/lib/data/remembrance'
import { getSiteIdentity, getSocialLinks } from '@/lib/data/site'
import { everyLocalePath } from '@/lib/seo/alternates'
import { everyLocale } from '@/lib/seo/hreflang'
import { seoMetadata } from '@/lib/seo/metadata'
import { organizationPolicies } from '@/lib/seo/policies'
import { getPublisher } from '@/lib/seo/publisher'
import { organization, webSite } from '@/lib/seo/structuredData'

// Cached and expired by content changes (lib/data/prerender.ts); re-rendered in the background a minute after
// rendering at the latest, because "today" (the next commemoration) moves.
export const revalidate = 60

type Props = {
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const [{ origin, name }, identity, t] = await Promise.all([getPublisher(locale), getSiteIdentity(locale), getTranslations({ locale, namespace: 'Metadata' })])
  return seoMetadata({
    locale,
    title: name,
    absoluteTitle: true,
    description: identity.tagline || t('description'),
    urls: everyLocale(origin, '/'),
    // "/" sends each reader to their language: the natural x-default.
    xDefault: `${origin}/`,
    fallbackImage: '/og.png',
  })
}

/** Articles shown per section on the home page. */
const PER_CATEGORY = 4
/** Stories in the grid under the top story. */
const GRID_SIZE = 8
/** The top story's picture: two thirds of the page beside the news line, the full width below 64 rem. */
const LEAD_SIZES = '(min-width: 80rem) 52rem, (min-width: 64rem) 65vw, 100vw'

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const [settings, publisher, socialLinks, pages] = await Promise.all([
    getSiteIdentity(locale),
    getPublisher(locale),
    getSocialLinks(locale),
    listFooterPages(locale),
  ])
  // Profiles elsewhere identify the organisation; the RSS "platform" is our own feed, not a profile.
  const sameAs = socialLinks.filter((link) => link.platform !== 'rss').map((link) => link.url)
  const policies = organizationPolicies(
    pages.map((page) => ({ purpose: page.purpose, url: absoluteUrl(publisher.origin, locale, documentHref('pages', page.slug)) })),
  )
  const newsLineSize = Math.max(settings.newsLineSize ?? 10, 1)
  const [t, latest, events, categories, mostRead] = await Promise.all([
    getTranslations('HomePage'),
    listPublishedArticles(locale, Math.max(newsLineSize, GRID_SIZE) + 1),
    eventsByNextCommemoration(locale, new Date()),
    listCategories(locale),
    getMostReadLists(locale),
  ])
  const sections = await Promise.all(
    categories.map(async (category) => ({ category, articles: await latestTermArticles(locale, 'categories', category.id, PER_CATEGORY) })),
  )
  const [lead, ...rest] = latest
  const spotlight = events[0]

  return (
    <>
      <JsonLd data={[organization(publisher, sameAs, policies), webSite(publisher, publisher.url, absoluteUrl(publisher.origin, locale, '/search'), locale)]} />
      <SiteHeader alternates={everyLocalePath('/')} />
      <main id="main" className="home">
        <h1 className="visually-hidden">{t('title')}</h1>
        {!lead ? (
          <p>{t('empty')}</p>
        ) : (
          <div className="home-top">
            <section aria-labelledby="lead" className="lead">
              <h2 id="lead" className="section-label">
                {t('leadStory')}
              </h2>
              <StoryCard article={lead} lead sizes={LEAD_SIZES} />
            </section>
            <div className="home-aside">
              <NewsLine
                items={rest
                  .slice(0, newsLineSize)
                  .flatMap((a) => (a.slug && a.publishedAt ? [{ id: a.id, title: a.title, slug: a.slug, publishedAt: a.publishedAt }] : []))}
              />
              <MostRead {...mostRead} />
            </div>
          </div>
        )}
        {rest.length > 0 && (
          <section aria-labelledby="latest" className="home-section">
            <h2 id="latest" className="block-heading">
              {t('latest')}
            </h2>
            <ArticleList articles={rest.slice(0, GRID_SIZE)} headingLevel="h3" />
          </section>
        )}
        {spotlight && (
          <section aria-labelledby="spotlight" className="spotlight">
            <div>
              <h2 id="spotlight" className="section-label">
                {t('spotlight')}
              </h2>
              <p className="spotlight-name">
                <Link href={documentHref('remembrance-events', spotlight.slug ?? '')}>{spotlight.name}</Link>
              </p>
              <AnniversaryLabel anniversary={spotlight.anniversary} />
              {spotlight.summary && <p>{spotlight.summary}</p>}
            </div>
            <p className="countdown">
              {t.rich('countdown', {
                days: spotlight.anniversary.isToday ? 0 : spotlight.anniversary.daysUntil,
                n: (chunks) => <span className="countdown-number">{chunks}</span>,
              })}
            </p>
          </section>
        )}
        {sections
          .filter((section) => section.articles.length > 0)
          .map(({ category, articles }) => (
            <section key={category.id} aria-labelledby={`category-${category.id}`} className="home-section">
              <h2 id={`category-${category.id}`} className="block-heading">
                {t('latestIn', { category: category.name })}
              </h2>
              <ArticleList articles={articles} headingLevel="h3" />
              <p className="more">
                <Link href={documentHref('categories', category.slug ?? '')}>{t('moreIn', { category: category.name })}</Link>
              </p>
            </section>
          ))}
        <TermLinks terms={categories} kind="category" labelledBy="all-categories">
          <h2 id="all-categories" className="block-heading">
            {t('allCategories')}
          </h2>
        </TermLinks>
      </main>
    </>
  )
}
