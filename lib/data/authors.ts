import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { isPlausibleSlug } from '@/lib/slugify'
import { alternatesFrom } from '@/lib/seo/alternates'
import type { Author, Media } from '@/payload-types'

import { cachedUnder } from './cache'
import { localizedSlugs } from './slugs'
import { TAGS } from './tags'

/**
 * Authors' profiles as readers see them, cached under the articles' tag (the authors' collection expires it on
 * every change, as bylines show them). Their articles are listed by lib/data/listings.ts (`'authors'`).
 */

const CACHE = cachedUnder(TAGS.articles)

/** What the author page shows: the photo populated whole (its URLs are computed from fields a narrower selection drops). */
export type AuthorProfile = Pick<Author, 'id' | 'name' | 'slug' | 'role' | 'bio' | 'links'> & { photo?: number | Media | null }

/** The author at /{locale}/author/{slug}, or null: an author exists in a language when they have a slug in it. */
export const getAuthor = cache(async (locale: Locale, slug: string): Promise<AuthorProfile | null> =>
  isPlausibleSlug(slug) ? cachedAuthor(locale, slug) : null,
)

const cachedAuthor = unstable_cache(
  async (locale: Locale, slug: string): Promise<AuthorProfile | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'authors',
      locale,
      overrideAccess: false,
      depth: 1,
      limit: 1,
      pagination: false,
      where: { slug: { equals: slug } },
      select: { name: true, slug: true, role: true, bio: true, photo: true, links: true },
    })
    return docs[0] ?? null
  },
  ['authors:by-slug'],
  CACHE,
)

/** The author's slug in each language they have one (hreflang, sitemaps). */
export const getAuthorSlugs = cache((id: number) => unstable_cache(() => localizedSlugs('authors', id), ['authors:slugs', String(id)], CACHE)())

/** The same author's page in each language, or that language's home when they have no slug there. */
export const getAuthorAlternates = cache(async (id: number): Promise<Record<Locale, string>> => alternatesFrom(await getAuthorSlugs(id), 'authors', '/'))
