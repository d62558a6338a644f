import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { PAGE_SIZE } from '@/lib/pagination'
import { alternatesFrom } from '@/lib/seo/alternates'
import type { Category, Tag } from '@/payload-types'

import { SUMMARY_QUERY, type ArticleSummary } from './summaryQuery'
import { cachedUnder } from './cache'
import { PUBLISHED_IN_LANGUAGE, publishedInLanguage } from './published'
import { localizedSlugs } from './slugs'
import { TAGS } from './tags'

/** Categories, tags and the paged article lists under them, read as the public and cached by tag. */

const CACHE = cachedUnder(TAGS.articles)

export type Term = Pick<Category, 'id' | 'name' | 'slug'>
export type TermKind = 'categories' | 'tags'
/** What a listing of articles is by: a category, a tag or an author (the article's relationship field of that name). */
export type ArticleGroup = TermKind | 'authors'

export type ArticlePage = { docs: ArticleSummary[]; page: number; totalPages: number; totalDocs: number }

export const listCategories = cache((locale: Locale) => cachedCategories(locale))

const cachedCategories = unstable_cache(
  async (locale: Locale): Promise<Term[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'categories',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: 100,
      sort: 'name',
      where: PUBLISHED_IN_LANGUAGE,
      select: { name: true, slug: true },
    })
    return docs
  },
  ['categories:list'],
  CACHE,
)

export const getTerm = cache((kind: TermKind, locale: Locale, slug: string) => cachedTerm(kind, locale, slug))

const cachedTerm = unstable_cache(
  async (kind: TermKind, locale: Locale, slug: string): Promise<Term | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: kind,
      locale,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      where: { slug: { equals: slug } },
      select: { name: true, slug: true },
    })
    return (docs[0] as Category | Tag | undefined) ?? null
  },
  ['terms:by-slug'],
  CACHE,
)

/** One page of published articles in this language matching `where`, newest first. Not cached. */
export async function findArticles(locale: Locale, where: Where, page: number, limit = PAGE_SIZE): Promise<ArticlePage> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'articles',
    locale,
    overrideAccess: false,
    limit,
    page,
    sort: '-publishedAt',
    where: publishedInLanguage(where),
    ...SUMMARY_QUERY,
  })
  return { docs: result.docs, page, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

/**
 * A page of a category's, tag's or author's articles, cached. Callers check `page` against the cached count
 * first, so only pages that exist are ever cached (no unbounded cache keys from made-up URLs).
 */
export const listTermArticles = cache((locale: Locale, kind: ArticleGroup, id: number, page: number) => cachedTermArticles(locale, kind, id, page))

const cachedTermArticles = unstable_cache(
  (locale: Locale, kind: ArticleGroup, id: number, page: number) => findArticles(locale, { [kind]: { equals: id } }, page),
  ['articles:term-page'],
  CACHE,
)

/**
 * The newest `limit` published articles in this language matching `where`, without the count a page of a list carries
 * (the home page never pages, and counting is the costliest part of a list at a large archive). Not cached.
 */
export async function findLatestArticles(locale: Locale, limit: number, ...where: Where[]): Promise<ArticleSummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    overrideAccess: false,
    limit,
    pagination: false,
    sort: '-publishedAt',
    where: publishedInLanguage(...where),
    ...SUMMARY_QUERY,
  })
  return docs
}

/** The newest `limit` articles of a category or tag: the home page's section blocks. */
export const latestTermArticles = cache((locale: Locale, kind: ArticleGroup, id: number, limit: number) => cachedLatestInTerm(locale, kind, id, limit))

const cachedLatestInTerm = unstable_cache(
  (locale: Locale, kind: ArticleGroup, id: number, limit: number) => findLatestArticles(locale, limit, { [kind]: { equals: id } }),
  ['articles:term-latest'],
  CACHE,
)

export const countTermArticles = cache((locale: Locale, kind: ArticleGroup, id: number) => cachedTermCount(locale, kind, id))

const cachedTermCount = unstable_cache(
  async (locale: Locale, kind: ArticleGroup, id: number): Promise<number> => {
    const payload = await getPayloadClient()
    const { totalDocs } = await payload.count({
      collection: 'articles',
      locale,
      overrideAccess: false,
      where: publishedInLanguage({ [kind]: { equals: id } }),
    })
    return totalDocs
  },
  ['articles:term-count'],
  CACHE,
)

/** The same category or tag in each language, or that language's home when it has no slug there. */
export const getTermAlternates = cache(async (kind: TermKind, id: number): Promise<Record<Locale, string>> => {
  return alternatesFrom(await getTermSlugs(kind, id), kind, '/')
})

/** The category's or tag's slug in each language it has one (hreflang). */
export const getTermSlugs = cache((kind: TermKind, id: number) => unstable_cache(() => localizedSlugs(kind, id), ['terms:slugs', kind, String(id)], CACHE)())
