import type { Locale } from '@/i18n/locales'
import { absoluteUrl, type Href } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { listFeedArticles, type FeedScope } from '@/lib/data/feedArticles'
import { shareImageOf } from '@/lib/seo/shareImage'
import { siteNameIn } from '@/lib/siteName'
import { siteOrigin } from '@/lib/siteUrl'

import { feedHref, feedText, type FeedSubject } from './feedLinks'
import { renderRss } from './rss'
import { xmlResponse } from './xml'

/**
 * An RSS 2.0 feed of published articles in one language. `page` is the HTML page the feed
 * belongs to (the channel's link). Rendered per request from tag-cached data, so a publish or an
 * unpublish shows in the feed at once.
 */
export async function feedResponse(locale: Locale, subject: FeedSubject, scope: FeedScope, page: Href): Promise<Response> {
  const [origin, siteName, articles] = await Promise.all([siteOrigin(), siteNameIn(locale), listFeedArticles(locale, scope)])
  const text = await feedText(locale, siteName, subject)
  const body = renderRss({
    ...text,
    link: absoluteUrl(origin, locale, page),
    language: locale,
    selfUrl: absoluteUrl(origin, locale, feedHref(subject)),
    items: articles.map((article) => ({
      title: article.title,
      link: absoluteUrl(origin, locale, documentHref('articles', article.slug)),
      description: article.standfirst,
      publishedAt: article.publishedAt,
      categories: article.categories,
      image: shareImageOf(article.hero, origin),
    })),
  })
  return xmlResponse(body, 'application/rss+xml')
}
