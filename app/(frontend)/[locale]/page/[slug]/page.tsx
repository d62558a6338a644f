import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { SiteHeader } from '@/components/SiteHeader'
import { absoluteUrl } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'
import { getPageAlternates, getPageSlugs, getStandingPage, type StandingPage } from '@/lib/data/pages'
import { plainText } from '@/lib/readingTime'
import { localizedUrls } from '@/lib/seo/hreflang'
import { seoMetadata } from '@/lib/seo/metadata'
import { getPublisher } from '@/lib/seo/publisher'
import { breadcrumbs } from '@/lib/seo/structuredData'

// Cached and expired when a page is saved (the pages' tag); rendered on first request.
export const revalidate = 60

type Props = { params: Promise<{ locale: string; slug: string }> }

/** None at build: each page is rendered on its first request, then cached. */
export function generateStaticParams() {
  return []
}

async function findPage(params: Props['params']) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  const page = await getStandingPage(locale, slug)
  if (!page?.slug) notFound()
  return { locale, page: page as StandingPage & { slug: string } }
}

/** Link previews describe the page by its first paragraph, cut at a word near 200 characters. */
function summaryOf(page: StandingPage): string | null {
  const first = page.body?.root.children.find((node) => node.type === 'paragraph')
  const text = plainText(first).replace(/\s+/g, ' ').trim()
  if (text.length <= 200) return text || null
  return `${text.slice(0, 200).replace(/\s+\S*$/, '')}…`
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await findPage(params)
  const [{ origin }, slugs] = await Promise.all([getPublisher(locale), getPageSlugs(page.id)])
  return seoMetadata({ locale, title: page.title, description: summaryOf(page), urls: localizedUrls(slugs, origin, 'pages'), fallbackImage: '/og.png' })
}

/** A standing page (About us, Editorial standards, the policies): its text and when it last changed. */
export default async function StandingPageView({ params }: Props) {
  const { locale, page } = await findPage(params)
  setRequestLocale(locale)
  const [t, nav, format, alternates, publisher] = await Promise.all([
    getTranslations('StandingPage'),
    getTranslations('Navigation'),
    getFormatter(),
    getPageAlternates(page.id),
    getPublisher(locale),
  ])
  const url = absoluteUrl(publisher.origin, locale, documentHref('pages', page.slug))

  return (
    <>
      <JsonLd
        data={[
          breadcrumbs([
            { name: nav('home'), url: publisher.url },
            { name: page.title, url },
          ]),
        ]}
      />
      <SiteHeader alternates={alternates} />
      <main id="main">
        <article className="standing-page">
          <h1>{page.title}</h1>
          {page.body && <RichText data={page.body} className="article-body" />}
          <p className="page-updated">
            {t.rich('updated', {
              date: format.dateTime(new Date(page.updatedAt), { dateStyle: 'long' }),
              when: (chunks) => <time dateTime={page.updatedAt}>{chunks}</time>,
            })}
          </p>
        </article>
      </main>
    </>
  )
}
