/**
 * Cache tags shared by the readers' data functions (lib/articles.ts) and the hooks that invalidate
 * them when staff change content, so the two can never drift apart.
 */
export const TAGS = {
  articles: 'articles',
  article: (id: number | string) => `article:${id}`,
} as const
