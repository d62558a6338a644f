import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { calendarDateIn } from '@/lib/anniversary'
import { commemoratedOn, dayInYears, parseMonthDay, type MonthDay } from '@/lib/remembrance/onThisDay'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

import { cachedUnder } from './cache'
import { publishedInLanguage } from './published'
import { listEvents, type CoverageItem, type EventSummary } from './remembrance'
import { TAGS } from './tags'

/** "On this day": the events commemorated on a day of the year and the articles published on it in past years. */

/** A day page lists at most this many articles of other years; the events' own coverage is on their pages. */
const DAY_ARTICLES_LIMIT = 100

export type DayEvent = EventSummary & { observed: 'on' | 'leapDay' }

/** The published events commemorated on the day (29 February's also on 28 February: lib/anniversary.ts), oldest first. */
export async function eventsOnDay(locale: Locale, monthDay: MonthDay): Promise<DayEvent[]> {
  const events = await listEvents(locale)
  return events
    .flatMap((event) => {
      const observed = commemoratedOn(event.commemoration, monthDay)
      return observed ? [{ ...event, observed }] : []
    })
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
}

export type DayArticle = CoverageItem & { eventId: number | null }

/** Articles published on this day of the year (in the newsroom's zone), in any year up to `now`'s, newest first. Not cached. */
export async function findDayArticles(locale: Locale, monthDay: string, now: Date): Promise<DayArticle[]> {
  const day = parseMonthDay(monthDay)
  if (!day) return []
  const payload = await getPayloadClient()
  const { docs: oldest } = await payload.find({
    collection: 'articles',
    locale,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    sort: 'publishedAt',
    where: publishedInLanguage({ publishedAt: { exists: true } }),
    select: { publishedAt: true },
  })
  if (!oldest[0]?.publishedAt) return []
  // One range per year between the oldest article and now: month and day cannot be queried alike on SQLite and
  // MongoDB, instants can.
  const firstYear = calendarDateIn(new Date(oldest[0].publishedAt), NEWSROOM_TIME_ZONE).year
  const ranges = dayInYears(day, firstYear, calendarDateIn(now, NEWSROOM_TIME_ZONE).year, NEWSROOM_TIME_ZONE)
  if (ranges.length === 0) return []
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    overrideAccess: false,
    depth: 0,
    limit: DAY_ARTICLES_LIMIT,
    sort: '-publishedAt',
    where: publishedInLanguage({ or: ranges.map(({ from, to }) => ({ publishedAt: { greater_than_equal: from, less_than: to } })) }),
    select: { title: true, slug: true, publishedAt: true, remembranceEvent: true },
  })
  return docs.flatMap((doc) => {
    if (!doc.slug || !doc.publishedAt) return []
    const event = doc.remembranceEvent
    const eventId = typeof event === 'number' ? event : (event?.id ?? null)
    return [{ id: doc.id, title: doc.title, slug: doc.slug, publishedAt: doc.publishedAt, eventId }]
  })
}

/** The same, cached; expired with the articles, so a new year's articles appear as they are published. */
export const getDayArticles = cache((locale: Locale, monthDay: string) => cachedDayArticles(locale, monthDay))

const cachedDayArticles = unstable_cache(
  (locale: Locale, monthDay: string) => findDayArticles(locale, monthDay, new Date()),
  ['on-this-day:articles'],
  cachedUnder(TAGS.articles),
)
