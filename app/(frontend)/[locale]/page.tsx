import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { SiteHeader } from '@/components/SiteHeader'
import { routing } from '@/i18n/routing'
import { homeAlternates, listPublishedArticles } from '@/lib/articles'

// Content changes in the CMS must show at once; caching comes with revalidation on publish.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  const [t, articles] = await Promise.all([getTranslations('HomePage'), listPublishedArticles(locale)])

  return (
    <>
      <SiteHeader alternates={homeAlternates()} />
      <main id="main">
        <h1>{t('title')}</h1>
        <p className="count">{t('count', { count: articles.length })}</p>
        {articles.length > 0 ? <ArticleList articles={articles} /> : <p>{t('empty')}</p>}
      </main>
    </>
  )
}
