import { isLocale } from '@/i18n/locales'
import { getArticle } from '@/lib/data/articles'
import { TAGS } from '@/lib/data/tags'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { shareCard } from '@/lib/seo/shareCard'
import { siteNameIn } from '@/lib/siteName'

export const dynamic = 'force-dynamic'

/** /{locale}/news/{slug}/og.png: the generated share card of an article without a hero image. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const article = await getArticle(locale, slug)
  if (!article) return notFoundResponse(locale)
  return shareCard({
    siteName: await siteNameIn(locale),
    headline: article.title,
    subject: `article:${article.id}:${locale}`,
    // Its own tag only: `articles` is expired by every publish anywhere, which would redraw every card.
    tags: [TAGS.article(article.id)],
  })
}
