import { isLocale } from '@/i18n/locales'
import { localeSitemapUrls } from '@/lib/feeds/localeSitemap'
import { renderUrlset } from '@/lib/feeds/sitemapXml'
import { xmlResponse } from '@/lib/feeds/xml'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** /{locale}/sitemap.xml: every page readers can reach in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  return xmlResponse(renderUrlset(await localeSitemapUrls(locale, await siteOrigin())))
}
