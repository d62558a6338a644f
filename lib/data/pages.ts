import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { isPlausibleSlug } from '@/lib/slugify'
import { alternatesFrom } from '@/lib/seo/alternates'
import type { Page } from '@/payload-types'

import { cachedUnder } from './cache'
import { PUBLISHED_IN_LANGUAGE } from './published'
import { localizedSlugs } from './slugs'
import { TAGS } from './tags'

/** Standing pages (About us, the policies) as readers see them: published in the language only, cached by tag. */

const CACHE = cachedUnder(TAGS.pages)

export type StandingPage = Pick<Page, 'id' | 'title' | 'slug' | 'body' | 'purpose' | 'updatedAt'>
export type PageLink = Pick<Page, 'id' | 'title' | 'slug' | 'purpose'> & { slug: string }

/** The page at /{locale}/page/{slug}, or null. */
export const getStandingPage = cache(async (locale: Locale, slug: string): Promise<StandingPage | null> =>
  isPlausibleSlug(slug) ? cachedPage(locale, slug) : null,
)

const cachedPage = unstable_cache(
  async (locale: Locale, slug: string): Promise<StandingPage | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      where: { slug: { equals: slug } },
      select: { title: true, slug: true, body: true, purpose: true, updatedAt: true },
    })
    return docs[0] ?? null
  },
  ['pages:by-slug'],
  CACHE,
)

/** Every page published in this language, in footer order: the footer's links and the Organization's policies. */
export const listFooterPages = cache((locale: Locale) => cachedFooterPages(locale))

const cachedFooterPages = unstable_cache(
  async (locale: Locale): Promise<PageLink[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: 50,
      pagination: false,
      sort: ['footerOrder', 'title'],
      where: PUBLISHED_IN_LANGUAGE,
      select: { title: true, slug: true, purpose: true },
    })
    return docs.flatMap((doc) => (doc.slug ? [{ id: doc.id, title: doc.title, slug: doc.slug, purpose: doc.purpose }] : []))
  },
  ['pages:footer'],
  CACHE,
)

/** The page's slug in each language it is published in (hreflang, sitemaps). */
export const getPageSlugs = cache((id: number) => unstable_cache(() => localizedSlugs('pages', id), ['pages:slugs', String(id)], CACHE)())

/** The same page in each language, or that language's home when it is not published there. */
export const getPageAlternates = cache(async (id: number): Promise<Record<Locale, string>> => alternatesFrom(await getPageSlugs(id), 'pages', '/'))
