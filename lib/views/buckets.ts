/**
 * How views are kept (collections/ArticleViews.ts): per article and language, in hourly buckets for the
 * last-24-hours list and daily buckets for the last-7-days list, both in UTC. Not server-only: the collection
 * imports it, and collections are also loaded by CLI scripts.
 */
export const ARTICLE_VIEWS_SLUG = 'article-views'

export const VIEW_PERIODS = ['hour', 'day'] as const
export type ViewPeriod = (typeof VIEW_PERIODS)[number]

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

const PERIOD_MS: Record<ViewPeriod, number> = { hour: HOUR_MS, day: DAY_MS }

/** Buckets older than this are pruned: a little more than each list looks back, so a list is never cut short. */
export const RETENTION_MS: Record<ViewPeriod, number> = { hour: 2 * DAY_MS, day: 8 * DAY_MS }

/** The start of the UTC hour or day `at` falls in. */
export function bucketStart(period: ViewPeriod, at: Date): Date {
  const size = PERIOD_MS[period]
  return new Date(Math.floor(at.getTime() / size) * size)
}

export type MostReadWindow = 'day' | 'week'

/**
 * What a list sums at `now`: the last 24 hourly buckets (the current hour and the 23 before it), or the last
 * 7 daily buckets (today and the 6 days before).
 */
export function windowBuckets(window: MostReadWindow, now: Date): { period: ViewPeriod; since: Date } {
  return window === 'day'
    ? { period: 'hour', since: new Date(bucketStart('hour', now).getTime() - 23 * HOUR_MS) }
    : { period: 'day', since: new Date(bucketStart('day', now).getTime() - 6 * DAY_MS) }
}

/** The loopback hand-over of counts from the server to the app (collections/ArticleViews/recordViewsEndpoint.ts). */
export const RECORD_VIEWS_ENDPOINT = '/record'
export const RECORD_VIEWS_PATH = `/api/${ARTICLE_VIEWS_SLUG}${RECORD_VIEWS_ENDPOINT}`
