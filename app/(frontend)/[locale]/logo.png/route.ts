import { isLocale } from '@/i18n/locales'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { logo } from '@/lib/seo/shareCard'
import { siteNameIn } from '@/lib/siteName'

export const dynamic = 'force-dynamic'

/** /{locale}/logo.png: the publisher's logo named in structured data. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  return logo(await siteNameIn(locale), locale)
}
