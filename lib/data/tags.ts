/**
 * Cache tags shared by the readers' data gateway (lib/data/) and the collection hooks that expire them
 * when staff change content, so the two can never drift apart. Not marked server-only: the hooks also run
 * in CLI scripts (seed, i18n import), outside Next's server, where the `server-only` package throws.
 */
export const TAGS = {
  articles: 'articles',
  article: (id: number | string) => `article:${id}`,
  /** A live article's entries (collections/LiveEntries): expired by each entry saved, so only that page renders again. */
  liveEntries: (articleId: number | string) => `live:${articleId}`,
  /** The approved reviews shown under one article. */
  reviews: (articleId: number | string) => `reviews:${articleId}`,
  remembranceEvents: 'remembrance-events',
  /** Standing pages: their own pages, every page's footer and the home page's Organization JSON-LD. */
  pages: 'pages',
  siteSettings: 'site-settings',
  /** The breaking-news banner (every page of every language shows it or not). */
  breakingNews: 'breaking-news',
  socialLinks: 'social-links',
  /** "Most read" (lib/data/mostRead.ts): expired by each hand-over of readers' view counts. */
  mostRead: 'most-read',
  /** Editors' redirects (collections/Redirects); the answers of lib/redirects/resolveEndpoint.ts are kept under it. */
  redirects: 'redirects',
  /** Translators' overrides of the interface strings (all languages). */
  uiStrings: 'ui-strings',
} as const
