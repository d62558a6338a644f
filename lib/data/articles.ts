import 'server-only'

import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { alternatesFrom } from '@/lib/seo/alternates'
import { isPlausibleSlug } from '@/lib/slugify'
import type { Article, User } from '@/payload-types'

import { cachedUnder } from './cache'
import { findLatestArticles } from './listings'
import { localizedSlugs } from './slugs'
import { TAGS } from './tags'

/**
 * Reads of articles made for a reader. Every call passes overrideAccess: false, so the collection's
 * access rules apply: the public sees published articles only. Published data is cached across
 * requests under the tags in lib/data/tags.ts, which the collection's hooks expire on every change.
 */

export { SUMMARY_QUERY, type ArticleSummary, type CardImage } from './summaryQuery'

/** The staff member previewing drafts (draft mode on and logged in to the admin), or null. */
export const getPreviewUser = cache(async (): Promise<User | null> => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && hasRole(user, CONTENT_ROLES) ? (user as User) : null
})

export const listPublishedArticles = cache((locale: Locale, limit = 20) => cachedList(locale, limit))

// The newest articles, without a count (lib/data/listings.ts).
const cachedList = unstable_cache((locale: Locale, limit: number) => findLatestArticles(locale, limit), ['articles:list'], cachedUnder(TAGS.articles))

/** The article at /{locale}/news/{slug}: published for readers, the latest draft for previewing staff. */
export const getArticle = cache(async (locale: Locale, slug: string): Promise<Article | null> => {
  if (!isPlausibleSlug(slug)) return null
  const user = await getPreviewUser()
  return user ? findArticle(locale, slug, user) : cachedArticle(locale, slug)
})

async function findArticle(locale: Locale, slug: string, user: User | null): Promise<Article | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    overrideAccess: false,
    user,
    draft: Boolean(user),
    // Two levels: the authors' photos and the related stories' pictures are relations of relations.
    depth: 2,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
    // Related documents bring only what the page shows.
    populate: {
      authors: { name: true, slug: true, role: true, photo: true },
      categories: { name: true, slug: true },
      tags: { name: true, slug: true },
      'remembrance-events': { name: true, slug: true },
      articles: { title: true, slug: true, publishedAt: true, standfirst: true, articleType: true, heroImage: true, categories: true },
    },
  })
  return docs[0] ?? null
}

const cachedArticle = unstable_cache((locale: Locale, slug: string) => findArticle(locale, slug, null), ['articles:by-slug'], cachedUnder(TAGS.articles))

/**
 * The address of the same article in each language: its own slug there, or that language's home
 * when it has not been translated, so the language switch never leads to a 404.
 */
export const getArticleAlternates = cache(async (id: Article['id']): Promise<Record<Locale, string>> =>
  alternatesFrom(await getArticleSlugs(id), 'articles', '/'),
)

/** The article's slug in each language it exists in for this reader (hreflang, sitemaps, og:locale). */
export const getArticleSlugs = cache(async (id: Article['id']): Promise<Partial<Record<Locale, string>>> => {
  const user = await getPreviewUser()
  return user ? localizedSlugs('articles', id, user) : cachedSlugs(id)
})

const cachedSlugs = (id: Article['id']) =>
  unstable_cache(() => localizedSlugs('articles', id), ['articles:slugs', String(id)], cachedUnder(TAGS.articles, TAGS.article(id)))()
