import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { currentOrNextAnniversary, type Anniversary } from '@/lib/anniversary'
import { alternatesFrom } from '@/lib/seo/alternates'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'
import type { Media, RemembranceEvent } from '@/payload-types'

import { cachedUnder } from './cache'
import { PUBLISHED_IN_LANGUAGE, publishedInLanguage } from './published'
import { localizedSlugs } from './slugs'
import { TAGS } from './tags'

/** Remembrance events as readers see them: published only (overrideAccess: false), cached by tag. */

const CACHE = cachedUnder(TAGS.remembranceEvents, TAGS.articles)

export type EventSummary = Pick<RemembranceEvent, 'id' | 'name' | 'slug' | 'summary' | 'startDate' | 'endDate' | 'commemoration' | 'updatedAt'>

export type EventWithAnniversary = EventSummary & { anniversary: Anniversary }

export const listEvents = cache((locale: Locale) => cachedEvents(locale))

const cachedEvents = unstable_cache(
  async (locale: Locale): Promise<EventSummary[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'remembrance-events',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: 200,
      where: PUBLISHED_IN_LANGUAGE,
      select: { name: true, slug: true, summary: true, startDate: true, endDate: true, commemoration: true, updatedAt: true },
    })
    return docs
  },
  ['events:list'],
  CACHE,
)

/** Every event with its current-or-next commemoration, soonest first. `now` is the request time. */
export async function eventsByNextCommemoration(locale: Locale, now: Date): Promise<EventWithAnniversary[]> {
  const events = await listEvents(locale)
  return events
    .map((event) => ({ ...event, anniversary: currentOrNextAnniversary(event.startDate, event.commemoration, now, NEWSROOM_TIME_ZONE) }))
    .sort((a, b) => a.anniversary.daysUntil - b.anniversary.daysUntil)
}

export type EventPageData = RemembranceEvent & { gallery?: Media[] | null }

export const getEvent = cache((locale: Locale, slug: string) => cachedEvent(locale, slug))

const cachedEvent = unstable_cache(
  async (locale: Locale, slug: string): Promise<EventPageData | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'remembrance-events',
      locale,
      overrideAccess: false,
      depth: 1,
      limit: 1,
      pagination: false,
      where: { slug: { equals: slug } },
    })
    return (docs[0] as EventPageData | undefined) ?? null
  },
  ['events:by-slug'],
  CACHE,
)

export type CoverageItem = { id: number; title: string; slug: string; publishedAt: string }

/**
 * Every published article about the event in this language, newest first: the event page groups them by year, one
 * per anniversary, so none may be cut off (a few dozen a year, read as four short fields each).
 */
export const getCoverage = cache((locale: Locale, eventId: number) => cachedCoverage(locale, eventId))

const cachedCoverage = unstable_cache(
  async (locale: Locale, eventId: number): Promise<CoverageItem[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: '-publishedAt',
      where: publishedInLanguage({ remembranceEvent: { equals: eventId } }, { publishedAt: { exists: true } }),
      select: { title: true, slug: true, publishedAt: true },
    })
    return docs.flatMap((doc) => (doc.slug && doc.publishedAt ? [{ id: doc.id, title: doc.title, slug: doc.slug, publishedAt: doc.publishedAt }] : []))
  },
  ['events:coverage'],
  CACHE,
)

/** The same event in each language: its own slug there, or the remembrance index. */
export const getEventAlternates = cache(async (id: number): Promise<Record<Locale, string>> =>
  alternatesFrom(await getEventSlugs(id), 'remembrance-events', '/remembrance'),
)

/** The event's slug in each language it is published in (hreflang). */
export const getEventSlugs = cache((id: number) => unstable_cache(() => localizedSlugs('remembrance-events', id), ['events:slugs', String(id)], CACHE)())
