import { locales } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { renderSitemapIndex } from '@/lib/feeds/sitemapXml'
import { xmlResponse } from '@/lib/feeds/xml'
import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** /sitemap.xml: the index of the per-language sitemaps and the Google News sitemap. */
export async function GET() {
  const origin = await siteOrigin()
  return xmlResponse(
    renderSitemapIndex([...locales.map((locale) => ({ loc: absoluteUrl(origin, locale, '/sitemap.xml') })), { loc: `${origin}/news-sitemap.xml` }]),
  )
}
