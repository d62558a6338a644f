import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { publishedInLanguage } from '@/lib/data/published'

import { ARTICLE_VIEWS_SLUG, bucketStart, RETENTION_MS, VIEW_PERIODS, type ViewPeriod } from './buckets'
import type { ViewCount } from './viewCounts'

/** Slugs resolved per query. */
const SLUGS_PER_QUERY = 200

/** Old buckets deleted per period and hand-over: bounded, so a hand-over stays short; the rest go next time. */
export const PRUNE_BATCH = 500

/**
 * The counts are bookkeeping no user may write (collections/ArticleViews.ts allows nobody), so the recorder
 * writes them with overrideAccess: true. Which articles they count is decided with the public's access.
 */
const asRecorder = { overrideAccess: true, depth: 0 } as const

/**
 * Adds views handed over by the server (lib/views/viewCounts.ts) to the hourly and daily buckets of their
 * article and language, then prunes buckets no list reads any more. Only articles published in that language
 * are counted: a slug that names nothing published there (unpublished since, or never) is ignored.
 * Returns how many views were recorded.
 */
export async function recordViews(payload: Payload, views: readonly ViewCount[], now = new Date()): Promise<number> {
  let recorded = 0
  for (const [locale, counts] of byLocale(views)) {
    const ids = await publishedArticleIds(payload, locale, [...counts.keys()])
    for (const [slug, id] of ids) {
      const count = counts.get(slug) ?? 0
      for (const period of VIEW_PERIODS) await addToBucket(payload, { article: id, locale, period, start: bucketStart(period, now) }, count)
      recorded += count
    }
  }
  await pruneBuckets(payload, now)
  return recorded
}

function byLocale(views: readonly ViewCount[]): Map<Locale, Map<string, number>> {
  const grouped = new Map<Locale, Map<string, number>>()
  for (const { locale, slug, count } of views) {
    if (!Number.isSafeInteger(count) || count <= 0) continue
    const counts = grouped.get(locale) ?? new Map<string, number>()
    counts.set(slug, (counts.get(slug) ?? 0) + count)
    grouped.set(locale, counts)
  }
  return grouped
}

/** slug → id of the articles published in `locale` under these slugs, as the public sees them. */
async function publishedArticleIds(payload: Payload, locale: Locale, slugs: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (let from = 0; from < slugs.length; from += SLUGS_PER_QUERY) {
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      where: publishedInLanguage({ slug: { in: slugs.slice(from, from + SLUGS_PER_QUERY) } }),
      select: { slug: true },
    })
    for (const doc of docs) if (doc.slug) ids.set(doc.slug, doc.id)
  }
  return ids
}

type Bucket = { article: number; locale: Locale; period: ViewPeriod; start: Date }

/**
 * Finds the bucket and adds `count`, or creates it. Read, then write: two instances adding to the same
 * bucket at the same moment can lose one side's count (a few views, never a reader's data); issue 19 (running
 * several instances) is where that is settled. Two creating the same new bucket cannot both succeed (the
 * collection's unique index): the loser adds to the winner's row.
 */
async function addToBucket(payload: Payload, bucket: Bucket, count: number): Promise<void> {
  if (await addToExisting(payload, bucket, count)) return
  try {
    await payload.create({ collection: ARTICLE_VIEWS_SLUG, ...asRecorder, data: { ...bucket, start: bucket.start.toISOString(), count } })
  } catch (error) {
    if (!(await addToExisting(payload, bucket, count))) throw error
  }
}

async function addToExisting(payload: Payload, { article, locale, period, start }: Bucket, count: number): Promise<boolean> {
  const where: Where = { and: [{ article: { equals: article } }, { locale: { equals: locale } }, { period: { equals: period } }, { start: { equals: start.toISOString() } }] }
  const { docs } = await payload.find({ collection: ARTICLE_VIEWS_SLUG, ...asRecorder, where, limit: 1, pagination: false, select: { count: true } })
  const existing = docs[0]
  if (!existing) return false
  await payload.update({ collection: ARTICLE_VIEWS_SLUG, ...asRecorder, id: existing.id, data: { count: existing.count + count } })
  return true
}

/** Deletes up to PRUNE_BATCH hourly buckets older than two days and as many daily ones older than eight. */
async function pruneBuckets(payload: Payload, now: Date): Promise<void> {
  for (const period of VIEW_PERIODS) {
    const before = new Date(bucketStart(period, now).getTime() - RETENTION_MS[period]).toISOString()
    const { docs } = await payload.find({
      collection: ARTICLE_VIEWS_SLUG,
      ...asRecorder,
      where: { and: [{ period: { equals: period } }, { start: { less_than: before } }] },
      limit: PRUNE_BATCH,
      pagination: false,
      select: { start: true },
    })
    if (docs.length > 0) await payload.delete({ collection: ARTICLE_VIEWS_SLUG, ...asRecorder, where: { id: { in: docs.map((doc) => doc.id) } } })
  }
}
