import 'server-only'

import { getPayloadClient } from '@/cms/getPayloadClient'
import { locales, type Locale } from '@/i18n/locales'

import { PUBLISHED_IN_LANGUAGE } from './published'

/**
 * What `next build` prerenders. Public pages are incremental: rendered once, cached under the tags
 * of what they show (lib/data/tags.ts) and re-rendered when a hook expires one of them, or in the
 * background a minute after they were rendered (`revalidate = 60` on each page). The most recent articles and events are rendered at
 * build; the rest on their first request.
 *
 * A build with no database content (the Docker image is built without a database) prerenders nothing:
 * every page then renders on its first request instead of failing the build or caching empty pages.
 */

/** Articles and events per language rendered at build. */
export const PRERENDER_RECENT = 20

type Collection = 'articles' | 'remembrance-events'

/**
 * Whether the build has content to prerender: a readable, migrated database with published articles.
 * The Docker image is built with no database at all: Payload would create an empty SQLite file in the
 * build stage, and the image would then serve empty pages until they expire. It prerenders nothing.
 */
let hasContent: Promise<boolean> | undefined

function databaseHasContent(): Promise<boolean> {
  hasContent ??= getPayloadClient()
    .then((payload) => payload.count({ collection: 'articles', overrideAccess: false }))
    .then(
      ({ totalDocs }) => {
        if (totalDocs === 0) console.warn('Prerendering no pages: the database has no published articles. Pages render on first request.')
        return totalDocs > 0
      },
      (error: unknown) => {
        console.warn(`Prerendering no pages: the database cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Pages render on first request.`)
        return false
      },
    )
  return hasContent
}

/** The languages, for the `[locale]` segment, when there is content to render at build. */
export async function prerenderedLocales(): Promise<{ locale: Locale }[]> {
  return (await databaseHasContent()) ? locales.map((locale) => ({ locale })) : []
}

/** Slugs of the PRERENDER_RECENT most recently published documents in this language, as the public sees them. */
export async function prerenderedSlugs(collection: Collection, locale: Locale): Promise<string[]> {
  if (!(await databaseHasContent())) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    locale,
    overrideAccess: false,
    depth: 0,
    limit: PRERENDER_RECENT,
    pagination: false,
    sort: collection === 'articles' ? '-publishedAt' : '-updatedAt',
    where: PUBLISHED_IN_LANGUAGE,
    select: { slug: true },
  })
  return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
}
