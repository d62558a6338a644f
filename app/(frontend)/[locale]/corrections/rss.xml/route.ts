import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { listCorrectedArticles } from '@/lib/data/corrections'
import { feedHref, feedText } from '@/lib/feeds/feedLinks'
import { renderRss } from '@/lib/feeds/rss'
import { xmlResponse } from '@/lib/feeds/xml'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { siteNameIn } from '@/lib/siteName'
import { siteOrigin } from '@/lib/siteUrl'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

export const dynamic = 'force-dynamic'

/** How many notes the feed carries (the latest corrected articles' notes, newest first). */
const FEED_SIZE = 50

/**
 * /{locale}/corrections/rss.xml: one item per correction or clarification note in this language, newest first,
 * each linking to its note on the article (a new note on an already corrected article is a new item).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const [origin, siteName, corrected, t] = await Promise.all([
    siteOrigin(),
    siteNameIn(locale),
    listCorrectedArticles(locale, 1, FEED_SIZE),
    getTranslations({ locale, namespace: 'Corrections' }),
  ])
  const feeds = await getTranslations({ locale, namespace: 'Feeds' })
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: NEWSROOM_TIME_ZONE })
  const items = corrected.docs
    .flatMap((article) =>
      article.notes.map((note) => {
        const original = absoluteUrl(origin, defaultLocale, documentHref('articles', article.originalSlug ?? article.slug))
        return {
          title: feeds('correctionItem', { kind: note.kind, title: article.title }),
          link: `${absoluteUrl(origin, locale, documentHref('articles', article.slug))}#correction-${note.id}`,
          description: note.text ?? `${t.markup('untranslated', { kind: note.kind, date: date.format(new Date(note.date)), link: (chunks) => chunks })} ${original}`,
          publishedAt: note.date,
          categories: [],
        }
      }),
    )
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, FEED_SIZE)
  const body = renderRss({
    ...(await feedText(locale, siteName, { kind: 'corrections' })),
    link: absoluteUrl(origin, locale, '/corrections'),
    language: locale,
    selfUrl: absoluteUrl(origin, locale, feedHref({ kind: 'corrections' })),
    items,
  })
  return xmlResponse(body, 'application/rss+xml')
}
