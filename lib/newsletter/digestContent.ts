import type { Payload } from 'payload'

import { currentOrNextAnniversary } from '@/lib/anniversary'
import { SUMMARY_QUERY, type ArticleSummary, type CardImage } from '@/lib/data/summaryQuery'
import { PUBLISHED_IN_LANGUAGE, publishedInLanguage } from '@/lib/data/published'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

import { issueWindow, type Issue } from './issue'
import { absoluteUrl } from './links'

export type DigestArticle = { title: string; slug: string; standfirst: string | null; publishedAt: string; image: { url: string; alt: string } | null }
export type DigestCommemoration = { name: string; slug: string; date: string; number: number; daysUntil: number }
export type DigestContent = { articles: DigestArticle[]; commemorations: DigestCommemoration[] }

/** At most this many stories in one mail; a heavy news day links to the site for the rest. */
const MAX_ARTICLES = 30
/** Commemorations within this many days of the issue going out. */
const COMMEMORATION_DAYS = 7

/**
 * What an issue holds, read the way the site reads it: the public's view (overrideAccess: false), the story
 * cards' selection (SUMMARY_QUERY) and "published in this language" rule, and the remembrance pages'
 * anniversary reckoning. Read once per issue, not per subscriber.
 */
export async function digestContent(payload: Payload, issue: Issue): Promise<DigestContent> {
  const { from, to } = issueWindow(issue)
  const [articles, events] = await Promise.all([
    payload.find({
      collection: 'articles',
      locale: issue.locale,
      fallbackLocale: false,
      overrideAccess: false,
      limit: MAX_ARTICLES,
      sort: '-publishedAt',
      where: publishedInLanguage({ publishedAt: { greater_than_equal: from.toISOString() } }, { publishedAt: { less_than: to.toISOString() } }),
      ...SUMMARY_QUERY,
    }),
    payload.find({
      collection: 'remembrance-events',
      locale: issue.locale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
      limit: 200,
      where: PUBLISHED_IN_LANGUAGE,
      select: { name: true, slug: true, startDate: true, commemoration: true },
    }),
  ])
  const commemorations = events.docs
    .flatMap((event) => {
      if (!event.commemoration || !event.slug) return []
      const next = currentOrNextAnniversary(event.startDate, event.commemoration, to, NEWSROOM_TIME_ZONE)
      return next.daysUntil <= COMMEMORATION_DAYS ? [{ name: event.name, slug: event.slug, date: next.date, number: next.number, daysUntil: next.daysUntil }] : []
    })
    .sort((a, b) => a.daysUntil - b.daysUntil)
  return { articles: articles.docs.map(toDigestArticle), commemorations }
}

function toDigestArticle(article: ArticleSummary): DigestArticle {
  return {
    title: article.title,
    slug: article.slug ?? '',
    standfirst: article.standfirst ?? null,
    publishedAt: article.publishedAt ?? '',
    image: mailImage(article.heroImage),
  }
}

/** The share-card rendition (JPEG, which every mail client shows; the site's cards are WebP), by absolute URL. */
function mailImage(image: ArticleSummary['heroImage']): DigestArticle['image'] {
  if (!image || typeof image !== 'object') return null
  const media = image as CardImage & { sizes?: { og?: { url?: string | null } | null } | null }
  const url = media.sizes?.og?.url || media.url
  return url ? { url: absoluteUrl(url), alt: media.alt ?? '' } : null
}
