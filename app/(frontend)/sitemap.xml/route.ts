import { locales } from '@/i18n/locales'
import { localeSitemapFiles, sitemapFileUrl } from '@/lib/feeds/localeSitemap'
import { renderSitemapIndex } from '@/lib/feeds/sitemapXml'
import { xmlResponse } from '@/lib/feeds/xml'
import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/**
 * /sitemap.xml: the index of every language's numbered sitemap files and the Google News sitemap. It names the
 * files themselves, not the languages' own indexes: an index may not list other indexes (sitemaps.org).
 */
export async function GET() {
  const origin = await siteOrigin()
  const perLocale = await Promise.all(
    locales.map(async (locale) => (await localeSitemapFiles(locale, origin)).map((_, i) => ({ loc: sitemapFileUrl(origin, locale, i + 1) }))),
  )
  return xmlResponse(renderSitemapIndex([...perLocale.flat(), { loc: `${origin}/news-sitemap.xml` }]))
}
