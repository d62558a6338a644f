import { isLocale } from '@/i18n/locales'
import { localeSitemapFile } from '@/lib/feeds/localeSitemap'
import { parseSitemapFile } from '@/lib/feeds/sitemapFiles'
import { renderUrlset } from '@/lib/feeds/sitemapXml'
import { xmlResponse } from '@/lib/feeds/xml'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** /{locale}/sitemap/{n}.xml: the language's n-th sitemap file; a 404 for a number it has no file for. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params
  const number = parseSitemapFile(file)
  if (!isLocale(locale) || number === null) return notFoundResponse(locale)
  const urls = await localeSitemapFile(locale, await siteOrigin(), number)
  return urls ? xmlResponse(renderUrlset(urls)) : notFoundResponse(locale)
}
