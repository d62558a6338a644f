import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'

import { SiteHeader } from '@/components/SiteHeader'
import { Link } from '@/i18n/navigation'
import { routing } from '@/i18n/routing'
import { getArticle, getArticleAlternates, getPreviewUser } from '@/lib/articles'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; slug: string }>
}

async function findArticle(params: Props['params']) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const article = await getArticle(locale, slug)
  if (!article) notFound()
  return { locale, article }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await findArticle(params)
  return { title: article.title, description: article.standfirst ?? undefined }
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article } = await findArticle(params)
  setRequestLocale(locale)

  const [t, format, alternates, previewUser] = await Promise.all([
    getTranslations('ArticlePage'),
    getFormatter(),
    getArticleAlternates(article.id),
    getPreviewUser(),
  ])

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
          <h1>{article.title}</h1>
          {article.standfirst && <p className="standfirst">{article.standfirst}</p>}
          {article.publishedAt && (
            <p className="dateline">
              {t.rich('published', {
                // Date and time apart: CLDR's combined az pattern reads "25 noyabr 2026/12:38".
                date: format.dateTime(new Date(article.publishedAt), { dateStyle: 'long' }),
                time: format.dateTime(new Date(article.publishedAt), { timeStyle: 'short' }),
                when: (chunks) => <time dateTime={article.publishedAt ?? undefined}>{chunks}</time>,
              })}
              {article.readingTime ? <> · {t('readingTime', { minutes: article.readingTime })}</> : null}
            </p>
          )}
          {article.body && <RichText data={article.body} className="article-body" />}
        </article>
        <p>
          <Link href="/">{t('backToNews')}</Link>
        </p>
      </main>
    </>
  )
}
