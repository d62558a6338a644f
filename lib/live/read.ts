import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Author, LiveEntry, Media } from '@/payload-types'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

import { entryTime, liveStateOf, type LiveEntryImage, type LiveEntryView, type LiveState } from './entries'

/**
 * The readers' reads of live coverage, shared by the cached page data (lib/data/live.ts), the feed and the updates
 * sent to open pages (lib/live/hub.ts). Every read passes overrideAccess: false with no user: what any reader may see
 * (published entries of a published article), whoever's request set it off. Not server-only: the stream endpoint
 * lives in the collection (collections/LiveEntries), which CLI scripts load too.
 */

/** The most entries a page shows and an update lists: a full day of coverage at one entry every five minutes. */
export const MAX_ENTRIES = 300

/** Entries are shown in the languages they are written or translated in; an untranslated one is left out there, not shown in Azerbaijani. */
const inLanguage = (articleId: number | string, more: Where[] = []): Where => ({
  and: [{ article: { equals: articleId } }, { text: { exists: true } }, { text: { not_equals: '' } }, ...more],
})

export type LiveArticle = { state: LiveState; startsAt: string | null; endsAt: string | null }

/** A published live article's coverage, or null (unpublished, deleted, or not live). */
export async function readLiveArticle(payload: Payload, articleId: number | string): Promise<LiveArticle | null> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: articleId } }, { articleType: { equals: 'live' } }] },
    select: { liveCoverage: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  const coverage = docs[0]?.liveCoverage
  if (!docs[0]) return null
  return { state: liveStateOf(coverage?.state), startsAt: coverage?.startsAt ?? null, endsAt: coverage?.endsAt ?? null }
}

/** The ids and times of change of the entries readers see in a language, newest first: what an update's `ids` lists. */
export async function readEntryStamps(payload: Payload, articleId: number | string, locale: Locale): Promise<{ id: string; updatedAt: string }[]> {
  const { docs } = await payload.find({
    collection: 'live-entries',
    locale,
    fallbackLocale: false,
    where: inLanguage(articleId),
    select: { updatedAt: true },
    sort: '-postedAt',
    depth: 0,
    limit: MAX_ENTRIES,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map((doc) => ({ id: String(doc.id), updatedAt: doc.updatedAt }))
}

/** The entries readers see in a language, newest first; with `since`, only those changed after it. */
export async function readEntries(payload: Payload, articleId: number | string, locale: Locale, since?: string): Promise<LiveEntryView[]> {
  const { docs } = await payload.find({
    collection: 'live-entries',
    locale,
    fallbackLocale: false,
    where: inLanguage(articleId, since ? [{ updatedAt: { greater_than: since } }] : []),
    sort: '-postedAt',
    depth: 1,
    populate: { authors: { name: true, slug: true } },
    limit: MAX_ENTRIES,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map((entry) => toView(entry, locale))
}

function toView(entry: LiveEntry, locale: Locale): LiveEntryView {
  const author = typeof entry.author === 'object' && entry.author ? (entry.author as Pick<Author, 'name' | 'slug'>) : null
  return {
    id: String(entry.id),
    postedAt: entry.postedAt,
    time: entryTime(entry.postedAt, locale, NEWSROOM_TIME_ZONE),
    updatedAt: entry.updatedAt,
    headline: entry.headline?.trim() || null,
    text: entry.text ?? '',
    keyEvent: entry.keyEvent === true,
    pinned: entry.pinned === true,
    author: author?.name ? { name: author.name, slug: author.slug ?? null } : null,
    image: imageOf(entry.image),
  }
}

/** The picture at the column's width (the 800 px rendition), or the original when it is smaller. */
function imageOf(image: LiveEntry['image']): LiveEntryImage | null {
  if (!image || typeof image !== 'object') return null
  const media = image as Media
  const card = media.sizes?.card
  const url = card?.url ?? media.url
  if (!url) return null
  return { url, alt: media.alt ?? '', width: card?.url ? (card.width ?? null) : (media.width ?? null), height: card?.url ? (card.height ?? null) : (media.height ?? null) }
}
