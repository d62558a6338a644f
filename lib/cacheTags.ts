/**
 * Cache tags shared by the readers' data functions (lib/) and the hooks that expire them when staff
 * change content, so the two can never drift apart.
 */
export const TAGS = {
  articles: 'articles',
  article: (id: number | string) => `article:${id}`,
  /** The approved reviews shown under one article. */
  reviews: (articleId: number | string) => `reviews:${articleId}`,
  remembranceEvents: 'remembrance-events',
  siteSettings: 'site-settings',
  socialLinks: 'social-links',
  /** Translators' overrides of the interface strings (all languages). */
  uiStrings: 'ui-strings',
} as const
