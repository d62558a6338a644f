import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { locales, type Locale } from '@/i18n/locales'
import { absoluteUrl, type Href } from '@/i18n/navigation'
import { feedLinks, type FeedSubject } from '@/lib/feeds/feedLinks'
import { siteNameIn } from '@/lib/siteName'
import { siteOrigin } from '@/lib/siteUrl'

import { hreflangMap, OG_LOCALE, type LocalizedUrls } from './hreflang'
import type { ShareImage } from './shareImage'
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './shareImage'

export type SeoInput = {
  locale: Locale
  /** The page's own title; the layout's template adds the site's name (unless absoluteTitle). */
  title: string
  absoluteTitle?: boolean
  description?: string | null
  /** This page's absolute URL in every language it exists in; urls[locale] is the canonical. */
  urls: LocalizedUrls
  /** x-default, when it is not the Azerbaijani version (see lib/seo/hreflang.ts). */
  xDefault?: string
  /** The hero's share card; without one, `fallbackImage` (a generated card: /og.png or the document's own) is used. */
  image?: ShareImage | null
  fallbackImage: Href
  article?: { publishedTime?: string | null; modifiedTime?: string | null; section?: string | null; tags: string[] }
  feeds?: FeedSubject[]
  /** Announce the iCalendar feed of the days of remembrance (remembrance pages, "on this day"). */
  calendar?: boolean
}

/**
 * Everything a page says about itself in <head>: title, description, absolute canonical, hreflang
 * alternates with x-default, Open Graph and Twitter card tags, and its RSS autodiscovery links.
 */
export async function seoMetadata(input: SeoInput): Promise<Metadata> {
  const { locale } = input
  const [origin, siteName, t, calendar] = await Promise.all([
    siteOrigin(),
    siteNameIn(locale),
    getTranslations({ locale, namespace: 'Seo' }),
    getTranslations({ locale, namespace: 'Calendar' }),
  ])
  const canonical = input.urls[locale]
  const feeds = await feedLinks(locale, origin, siteName, input.feeds ?? [])
  const image = input.image ?? {
    url: absoluteUrl(origin, locale, input.fallbackImage),
    type: 'image/png',
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    alt: t('shareCardAlt', { siteName, title: input.title }),
  }
  const images = [{ url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt, type: image.type }]
  const description = input.description ?? undefined
  const otherLocales = locales.filter((other) => other !== locale && input.urls[other]).map((other) => OG_LOCALE[other])
  const common = { title: input.title, description, url: canonical, siteName, locale: OG_LOCALE[locale], alternateLocale: otherLocales, images }

  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description,
    alternates: {
      canonical,
      languages: hreflangMap(input.urls, input.xDefault),
      types: {
        'application/rss+xml': feeds,
        ...(input.calendar ? { 'text/calendar': [{ url: absoluteUrl(origin, locale, '/remembrance.ics'), title: calendar('name', { siteName }) }] } : {}),
      },
    },
    openGraph: input.article
      ? {
          ...common,
          type: 'article',
          publishedTime: input.article.publishedTime ?? undefined,
          modifiedTime: input.article.modifiedTime ?? undefined,
          section: input.article.section ?? undefined,
          tags: input.article.tags,
        }
      : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title: input.title, description, images: [{ url: image.url, alt: image.alt }] },
  }
}
