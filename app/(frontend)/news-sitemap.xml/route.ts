import { locales } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { listRecentArticles } from '@/lib/data/sitemap'
import { SITEMAP_LIMITS } from '@/lib/feeds/sitemapFiles'
import { renderNewsSitemap } from '@/lib/feeds/sitemapXml'
import { xmlResponse } from '@/lib/feeds/xml'
import { siteNameIn } from '@/lib/siteName'
import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/**
 * /news-sitemap.xml: Google News sitemap of the articles published in the last 48 hours, each
 * language's version with that language's publication name: the newest 1,000 of them all (Google News' limit).
 */
export async function GET() {
  const now = new Date()
  const origin = await siteOrigin()
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const [name, articles] = await Promise.all([siteNameIn(locale), listRecentArticles(locale, now)])
      return articles.map((article) => ({
        loc: absoluteUrl(origin, locale, documentHref('articles', article.slug)),
        publicationName: name,
        language: locale,
        publishedAt: article.publishedAt,
        title: article.title,
      }))
    }),
  )
  const newest = perLocale.flat().sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
  return xmlResponse(renderNewsSitemap(newest.slice(0, SITEMAP_LIMITS.newsUrls)))
}
