import { isLocale } from '@/i18n/locales'
import { localeSitemapFiles, sitemapFileUrl } from '@/lib/feeds/localeSitemap'
import { renderSitemapIndex } from '@/lib/feeds/sitemapXml'
import { xmlResponse } from '@/lib/feeds/xml'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/**
 * /{locale}/sitemap.xml: the language's own sitemap index, listing its numbered files. It was the language's
 * single sitemap before they were split; search engines that have it read either kind at any address.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const origin = await siteOrigin()
  const files = await localeSitemapFiles(locale, origin)
  return xmlResponse(renderSitemapIndex(files.map((_, i) => ({ loc: sitemapFileUrl(origin, locale, i + 1) }))))
}
