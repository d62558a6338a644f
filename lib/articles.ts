import { cache } from 'react'

import { locales, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'

import { getPayloadClient } from './payload'
import { SLUG_MAX_LENGTH } from './slugify'

/**
 * Reads of articles made for a reader. Every call passes overrideAccess: false with no user, so the
 * collection's access rules apply: the public sees published articles only.
 */

export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'publishedAt' | 'standfirst'>

const SLUG_PATTERN = new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

/** A slug from a URL that could never have been generated is answered 404 without a query. */
export function isPlausibleSlug(slug: string): boolean {
  return slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug)
}

export const listPublishedArticles = cache(async (locale: Locale, limit = 20): Promise<ArticleSummary[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    overrideAccess: false,
    depth: 0,
    limit,
    sort: '-publishedAt',
    // Only articles translated into this language: their slug is theirs, so the link resolves.
    where: { slug: { exists: true } },
    select: { title: true, slug: true, publishedAt: true, standfirst: true },
  })
  return docs
})

export const getPublishedArticle = cache(async (locale: Locale, slug: string): Promise<Article | null> => {
  if (!isPlausibleSlug(slug)) return null
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    overrideAccess: false,
    depth: 1,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
})

/**
 * The address of the same article in each language: its own slug there, or that language's home
 * when it has not been translated, so the language switch never leads to a 404.
 */
export const getArticleAlternates = cache(async (id: Article['id']): Promise<Record<Locale, string>> => {
  const payload = await getPayloadClient()
  const doc: unknown = await payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    overrideAccess: false,
    depth: 0,
    select: { slug: true },
  })
  const slugs = localizedStrings(doc, 'slug')
  return Object.fromEntries(
    locales.map((locale) => [locale, slugs[locale] ? `/${locale}/news/${slugs[locale]}` : `/${locale}`]),
  ) as Record<Locale, string>
})

/** With locale 'all' a localized field comes back as { az: ..., en: ... }; keep the string values. */
function localizedStrings(doc: unknown, field: string): Partial<Record<Locale, string>> {
  if (!doc || typeof doc !== 'object') return {}
  const value: unknown = (doc as Record<string, unknown>)[field]
  if (!value || typeof value !== 'object') return {}
  const out: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const entry: unknown = (value as Record<string, unknown>)[locale]
    if (typeof entry === 'string' && entry) out[locale] = entry
  }
  return out
}

export function homeAlternates(): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, `/${locale}`])) as Record<Locale, string>
}
