import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import type { MostReadWindow } from '@/lib/views/buckets'
import { findMostRead, type MostReadArticle } from '@/lib/views/mostRead'

import { cachedUnder } from './cache'
import { TAGS } from './tags'

export type { MostReadArticle } from '@/lib/views/mostRead'

/**
 * "Most read" in a language: the articles with the most views in the last 24 hours ('day') or the last 7
 * days ('week'), most first (lib/views/mostRead.ts). Cached under its own tag, which each hand-over of view
 * counts expires (lib/views/recordViewsEndpoint.ts), and under the articles' tag, so that an unpublished
 * article leaves the list at once.
 */
export const getMostRead = cache((locale: Locale, window: MostReadWindow, limit = 5) => cachedMostRead(locale, window, limit))

const cachedMostRead = unstable_cache(
  async (locale: Locale, window: MostReadWindow, limit: number): Promise<MostReadArticle[]> =>
    findMostRead(await getPayloadClient(), locale, window, limit, new Date()),
  ['articles:most-read'],
  cachedUnder(TAGS.mostRead, TAGS.articles),
)

/** Both lists, for the home page. */
export async function getMostReadLists(locale: Locale): Promise<Record<MostReadWindow, MostReadArticle[]>> {
  const [day, week] = await Promise.all([getMostRead(locale, 'day'), getMostRead(locale, 'week')])
  return { day, week }
}
