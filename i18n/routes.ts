/**
 * Every public path under /{locale}, written once. next-intl's `pathnames` (i18n/routing.ts), and so the
 * typed Link and getPathname (i18n/navigation.ts), the server's routing (lib/publicRoutes.ts, server/routing.ts), the sitemaps,
 * feeds, structured data and hreflang links all take their paths from here. A segment is the same in
 * every language (only slugs are localized), so each path maps to itself.
 * tests/unit/routes.test.ts keeps this table equal to the folders in app/(frontend)/[locale].
 */
export const ROUTES = {
  '/': { kind: 'page' },
  '/remembrance': { kind: 'page' },
  '/search': { kind: 'page' },
  '/preview': { kind: 'page' },
  '/preview/exit': { kind: 'page' },
  // Every corrected article in the language, newest correction first, ?page=N like sections (folder `[[...page]]`).
  '/corrections': { kind: 'page', paged: true },
  // "On this day": one cached page per day of the year (folder `[day]`: MM-DD, 02-29 included). `/on-this-day` is
  // today's in the newsroom's zone: the server's routing renders it as that day's page (lib/publicRoutes.ts), so it
  // turns over at midnight in Baku at once rather than at the next background re-render.
  '/on-this-day': { kind: 'today' },
  '/on-this-day/[day]': { kind: 'day' },
  // The newsletter's links from its mails (?token=…): each shows a button that POSTs, so opening a link changes nothing.
  '/newsletter/confirm': { kind: 'page' },
  '/newsletter/unsubscribe': { kind: 'page' },
  '/newsletter/preferences': { kind: 'page' },
  // A published document, by its slug in the page's language. Paged ones take ?page=N: sections and tags
  // page their articles, articles their approved reviews (their folder ends in `[[...page]]`).
  '/news/[slug]': { kind: 'document', collection: 'articles', paged: true },
  '/remembrance/[slug]': { kind: 'document', collection: 'remembrance-events', paged: false },
  '/category/[slug]': { kind: 'document', collection: 'categories', paged: true },
  '/tag/[slug]': { kind: 'document', collection: 'tags', paged: true },
  // An author's profile pages their articles; standing pages (About us, policies) are single pages.
  '/author/[slug]': { kind: 'document', collection: 'authors', paged: true },
  '/page/[slug]': { kind: 'document', collection: 'pages', paged: false },
  // Feeds, the sitemap and generated images, served by route handlers (routing leaves paths with a dot to
  // them: isPagePath in lib/publicRoutes.ts), so each answers an unknown language or slug with a 404 itself: lib/notFoundResponse.ts).
  '/rss.xml': { kind: 'file' },
  // The language's sitemap index, and its numbered files (`1.xml`, `2.xml` …: lib/feeds/sitemapFiles.ts).
  '/sitemap.xml': { kind: 'file' },
  '/sitemap/[file]': { kind: 'file' },
  '/og.png': { kind: 'file' },
  '/logo.png': { kind: 'file' },
  '/news/[slug]/og.png': { kind: 'file' },
  // A live article's entries (404 for any other article).
  '/news/[slug]/rss.xml': { kind: 'file' },
  '/category/[slug]/rss.xml': { kind: 'file' },
  '/remembrance/rss.xml': { kind: 'file' },
  '/remembrance/[slug]/rss.xml': { kind: 'file' },
  '/remembrance/[slug]/og.png': { kind: 'file' },
  '/remembrance.ics': { kind: 'file' },
  '/corrections/rss.xml': { kind: 'file' },
} as const satisfies Record<
  `/${string}`,
  { kind: 'page'; paged?: true } | { kind: 'file' } | { kind: 'today' } | { kind: 'day' } | { kind: 'document'; collection: string; paged: boolean }
>

export type RoutePath = keyof typeof ROUTES

type RoutesOf<Kind> = { [P in RoutePath]: (typeof ROUTES)[P] extends { kind: Kind } ? P : never }[RoutePath]

/** Paths of a document found by its slug: /news/[slug], /remembrance/[slug], /category/[slug], /tag/[slug], /author/[slug], /page/[slug]. */
export type DocumentRoute = RoutesOf<'document'>

/** The collections readers reach by slug. */
export type RoutedCollection = (typeof ROUTES)[DocumentRoute]['collection']

/** next-intl's pathnames: every path, the same in each language. */
export const pathnames = Object.fromEntries(Object.keys(ROUTES).map((path) => [path, path])) as { [P in RoutePath]: P }

/** Where each collection's documents live: the collection→route map, derived from the table. */
export const DOCUMENT_ROUTE = Object.fromEntries(
  Object.entries(ROUTES).flatMap(([path, route]) => (route.kind === 'document' ? [[route.collection, path]] : [])),
) as { [P in DocumentRoute as (typeof ROUTES)[P]['collection']]: P }

/** The link to a document: its route with its slug in the language the link is made for. */
export function documentHref<C extends RoutedCollection>(collection: C, slug: string) {
  return { pathname: DOCUMENT_ROUTE[collection], params: { slug } }
}
