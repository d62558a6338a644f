/**
 * The kinds of story the newsroom publishes. Each has a label shown to readers (messages `ArticleType.*`)
 * and a schema.org type for the article's JSON-LD. schema.org has no interview or obituary type: those
 * stay NewsArticle and say what they are through `genre`.
 */
export const ARTICLE_TYPES = ['news', 'analysis', 'opinion', 'interview', 'obituary', 'live'] as const

export type ArticleType = (typeof ARTICLE_TYPES)[number]

export const DEFAULT_ARTICLE_TYPE: ArticleType = 'news'

type SchemaType = 'NewsArticle' | 'AnalysisNewsArticle' | 'OpinionNewsArticle' | 'LiveBlogPosting'

const SCHEMA: Record<ArticleType, { type: SchemaType; genre?: string }> = {
  news: { type: 'NewsArticle' },
  analysis: { type: 'AnalysisNewsArticle' },
  opinion: { type: 'OpinionNewsArticle' },
  interview: { type: 'NewsArticle', genre: 'Interview' },
  obituary: { type: 'NewsArticle', genre: 'Obituary' },
  live: { type: 'LiveBlogPosting' },
}

/** An unknown or missing value (an article saved before types existed) is news. */
export function articleTypeOf(value: unknown): ArticleType {
  return (ARTICLE_TYPES as readonly unknown[]).includes(value) ? (value as ArticleType) : DEFAULT_ARTICLE_TYPE
}

export function schemaTypeOf(type: ArticleType): { type: SchemaType; genre?: string } {
  return SCHEMA[type]
}

/**
 * Whether readers see a label naming the type. Plain news carries none: most stories are news, and a label
 * on each would drown the ones that matter (above all Opinion).
 */
export const showsTypeLabel = (type: ArticleType): boolean => type !== 'news'
