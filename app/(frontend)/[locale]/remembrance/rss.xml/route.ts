import { isLocale } from '@/i18n/locales'
import { feedResponse } from '@/lib/feeds/feedResponse'
import { notFoundResponse } from '@/lib/notFoundResponse'

export const dynamic = 'force-dynamic'

/** /{locale}/remembrance/rss.xml: every article about a remembrance event, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  return feedResponse(locale, { kind: 'remembrance' }, { kind: 'remembrance' }, '/remembrance')
}
