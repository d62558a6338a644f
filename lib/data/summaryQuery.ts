import type { Article, Category, Media } from '@/payload-types'

/**
 * Not marked server-only: the newsletter's digest (lib/newsletter/digestContent.ts) reads the same selection from
 * the job runner, and tests load it outside Next's server.
 */

/** What a story card shows: the picture is populated with what an img needs, the first section with its name. */
export type CardImage = Pick<Media, 'id' | 'url' | 'width' | 'height' | 'alt' | 'sizes'>
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'publishedAt' | 'standfirst' | 'articleType'> & {
  heroImage?: number | CardImage | null
  categories?: (number | Pick<Category, 'id' | 'name' | 'slug'>)[] | null
}

/** The one selection behind every story card (lists, sections, search): see ArticleSummary. */
export const SUMMARY_QUERY = {
  depth: 1,
  select: { title: true, slug: true, publishedAt: true, standfirst: true, articleType: true, heroImage: true, categories: true },
  // Media is populated whole: its URLs are computed from fields (filename, prefix) a narrower selection would drop.
  populate: { categories: { name: true, slug: true } },
} as const
