import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { CorrectionNotes } from '@/components/CorrectionNotes'
import { JsonLd } from '@/components/JsonLd'
import { Pagination } from '@/components/Pagination'
import { SiteHeader } from '@/components/SiteHeader'
import { defaultLocale } from '@/i18n/locales'
import { absoluteUrl, getPathname, Link, type Href } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { listCorrectedArticles } from '@/lib/data/corrections'
import { pageFromSegment } from '@/lib/pagination'
import { everyLocalePath } from '@/lib/seo/alternates'
import { everyLocale } from '@/lib/seo/hreflang'
import { seoMetadata } from '@/lib/seo/metadata'
import { getPublisher } from '@/lib/seo/publisher'
import { breadcrumbs } from '@/lib/seo/structuredData'
import { siteNameIn } from '@/lib/siteName'

// Cached and expired with the articles (a new note expires them); rendered on the first request.
export const revalidate = 60

/** `page` is `?page=N` (N ≥ 2) as the server's routing (server/routing.ts) rewrites it, so that each page is cached. */
type Props = { params: Promise<{ locale: string; page?: string[] }> }

export const generateStaticParams = () => []

const alternates = everyLocalePath('/corrections')

const hrefOf = (page: number): Href => (page === 1 ? '/corrections' : { pathname: '/corrections', query: { page: String(page) } })

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params
  const number = pageFromSegment(page)
  if (!hasLocale(routing.locales, locale) || number === null) return {}
  const [t, { origin }, siteName] = await Promise.all([getTranslations({ locale, namespace: 'CorrectionsPage' }), getPublisher(locale), siteNameIn(locale)])
  return seoMetadata({
    locale,
    title: t('title'),
    description: t('description', { siteName }),
    urls: everyLocale(origin, hrefOf(number)),
    fallbackImage: '/og.png',
    feeds: [{ kind: 'corrections' }],
  })
}

/** /{locale}/corrections: every article published in this language that carries a correction or clarification, latest first. */
export default async function CorrectionsPage({ params }: Props) {
  const { locale, page } = await params
  const number = pageFromSegment(page)
  if (!hasLocale(routing.locales, locale) || number === null) notFound()
  setRequestLocale(locale)
  const [t, nav, publisher, corrected] = await Promise.all([
    getTranslations('CorrectionsPage'),
    getTranslations('Navigation'),
    getPublisher(locale),
    listCorrectedArticles(locale, number),
  ])
  if (number > corrected.totalPages) notFound()
  const base = getPathname({ locale, href: '/corrections' })

  return (
    <>
      <JsonLd data={[breadcrumbs([{ name: nav('home'), url: publisher.url }, { name: t('title'), url: absoluteUrl(publisher.origin, locale, '/corrections') }])]} />
      <SiteHeader alternates={alternates} />
      <main id="main">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <p className="count">{t('count', { count: corrected.totalDocs })}</p>
        {corrected.docs.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ol className="corrected-list">
            {corrected.docs.map((article) => (
              <li key={article.id}>
                <h2>
                  <Link href={documentHref('articles', article.slug)}>{article.title}</Link>
                </h2>
                <CorrectionNotes
                  notes={article.notes}
                  originalHref={getPathname({ locale: defaultLocale, href: documentHref('articles', article.originalSlug ?? article.slug) })}
                  placement="top"
                />
              </li>
            ))}
          </ol>
        )}
        <Pagination page={number} totalPages={corrected.totalPages} hrefFor={(n) => (n === 1 ? base : `${base}?page=${n}`)} />
      </main>
    </>
  )
}
