import { isLocale } from '@/i18n/locales'
import { feedResponse } from '@/lib/feeds/feedResponse'
import { notFoundResponse } from '@/lib/notFoundResponse'

export const dynamic = 'force-dynamic'

/** /{locale}/rss.xml: the latest articles in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  return feedResponse(locale, { kind: 'latest' }, { kind: 'latest' }, '/')
}
