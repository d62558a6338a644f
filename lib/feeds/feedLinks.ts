import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { absoluteUrl, type Href } from '@/i18n/navigation'

/** RSS feeds a page announces with <link rel="alternate" type="application/rss+xml">. */
export type FeedLink = { url: string; title: string }

export type FeedSubject =
  | { kind: 'latest' }
  | { kind: 'category'; slug: string; name: string }
  | { kind: 'remembrance' }
  | { kind: 'event'; slug: string; name: string }
  | { kind: 'corrections' }
  | { kind: 'live'; slug: string; title: string }

/** Where a feed lives (i18n/routes.ts). */
export function feedHref(subject: FeedSubject): Href {
  switch (subject.kind) {
    case 'latest':
      return '/rss.xml'
    case 'category':
      return { pathname: '/category/[slug]/rss.xml', params: { slug: subject.slug } }
    case 'remembrance':
      return '/remembrance/rss.xml'
    case 'event':
      return { pathname: '/remembrance/[slug]/rss.xml', params: { slug: subject.slug } }
    case 'corrections':
      return '/corrections/rss.xml'
    case 'live':
      return { pathname: '/news/[slug]/rss.xml', params: { slug: subject.slug } }
  }
}

/** A feed's title and description in this language, from the Feeds messages. */
export async function feedText(locale: Locale, siteName: string, subject: FeedSubject): Promise<{ title: string; description: string }> {
  const t = await getTranslations({ locale, namespace: 'Feeds' })
  switch (subject.kind) {
    case 'latest':
      return { title: t('latestTitle', { siteName }), description: t('latestDescription', { siteName }) }
    case 'category':
      return { title: t('categoryTitle', { siteName, name: subject.name }), description: t('categoryDescription', { siteName, name: subject.name }) }
    case 'remembrance':
      return { title: t('remembranceTitle', { siteName }), description: t('remembranceDescription', { siteName }) }
    case 'event':
      return { title: t('eventTitle', { siteName, name: subject.name }), description: t('eventDescription', { siteName, name: subject.name }) }
    case 'corrections':
      return { title: t('correctionsTitle', { siteName }), description: t('correctionsDescription', { siteName }) }
    case 'live':
      return { title: t('liveTitle', { siteName, title: subject.title }), description: t('liveDescription', { title: subject.title }) }
  }
}

/** The site's latest-news feed, plus the page's own subject's feed when it has one. */
export async function feedLinks(locale: Locale, origin: string, siteName: string, subjects: FeedSubject[]): Promise<FeedLink[]> {
  const all: FeedSubject[] = [{ kind: 'latest' }, ...subjects]
  return Promise.all(all.map(async (subject) => ({ url: absoluteUrl(origin, locale, feedHref(subject)), title: (await feedText(locale, siteName, subject)).title })))
}
