import { isLocale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { getArticle } from '@/lib/data/articles'
import { getLiveEntries } from '@/lib/data/live'
import { feedHref, feedText } from '@/lib/feeds/feedLinks'
import { renderRss } from '@/lib/feeds/rss'
import { xmlResponse } from '@/lib/feeds/xml'
import { entryAnchor, entryTitle, type LiveEntryView } from '@/lib/live/entries'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { siteNameIn } from '@/lib/siteName'
import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** Feed readers get the entries newest first (the pinned one in its place in time, not on top). */
const byTime = (entries: LiveEntryView[]) => [...entries].sort((a, b) => Date.parse(b.postedAt) - Date.parse(a.postedAt))

/**
 * /{locale}/news/{slug}/rss.xml: a live article's entries in this language, newest first, each linking to its
 * anchor on the page. Any other article (or an unknown one) is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const article = await getArticle(locale, slug)
  if (!article || article.articleType !== 'live' || !article.slug) return notFoundResponse()
  const [origin, siteName, entries] = await Promise.all([siteOrigin(), siteNameIn(locale), getLiveEntries(article.id, locale)])
  const page = absoluteUrl(origin, locale, documentHref('articles', article.slug))
  const subject = { kind: 'live', slug: article.slug, title: article.title } as const
  const body = renderRss({
    ...(await feedText(locale, siteName, subject)),
    link: page,
    language: locale,
    selfUrl: absoluteUrl(origin, locale, feedHref(subject)),
    items: byTime(entries).map((entry) => ({
      title: entryTitle(entry),
      link: `${page}#${entryAnchor(entry.id)}`,
      description: entry.text,
      publishedAt: entry.postedAt,
      categories: [],
    })),
  })
  return xmlResponse(body, 'application/rss+xml')
}
