/**
 * Live coverage as readers see it: the shape of an entry on the page, in the feed and in the updates a reader's open
 * page receives (lib/live/hub.ts), and the one order entries are shown in. Pure, so the page, the browser and the
 * tests share it. Not marked server-only: the client list (components/live/LiveEntries.tsx) merges updates with it.
 */

export const LIVE_STATES = ['upcoming', 'live', 'ended'] as const

export type LiveState = (typeof LIVE_STATES)[number]

export function liveStateOf(value: unknown): LiveState {
  return (LIVE_STATES as readonly unknown[]).includes(value) ? (value as LiveState) : 'upcoming'
}

export type LiveEntryImage = { url: string; alt: string; width: number | null; height: number | null }

/** An entry in one language: only what a reader sees, so an update sent to 200 open pages stays small. */
export type LiveEntryView = {
  id: string
  postedAt: string
  /** `postedAt` as the page's language writes it, made on the server (see `entryTime`). */
  time: string
  updatedAt: string
  headline: string | null
  text: string
  keyEvent: boolean
  pinned: boolean
  author: { name: string; slug: string | null } | null
  image: LiveEntryImage | null
}

/** What an open page is sent: the coverage's state, every published entry's id (to drop removed ones) and the entries changed since its last update. */
export type LiveUpdate = { state: LiveState; ids: string[]; entries: LiveEntryView[]; stamp: string }

const newestFirst = (a: LiveEntryView, b: LiveEntryView) => Date.parse(b.postedAt) - Date.parse(a.postedAt) || b.id.localeCompare(a.id, 'en', { numeric: true })

/** The entry shown on top: the newest pinned one (pinning another replaces it, without a save of the old one). */
export function pinnedEntryId(entries: LiveEntryView[]): string | null {
  return [...entries].filter((entry) => entry.pinned).sort(newestFirst)[0]?.id ?? null
}

/** The pinned entry first, then newest first (ties by id, so the order is the same on every load). */
export function orderEntries(entries: LiveEntryView[]): LiveEntryView[] {
  const pinned = pinnedEntryId(entries)
  return [...entries].sort((a, b) => Number(b.id === pinned) - Number(a.id === pinned) || newestFirst(a, b))
}

/** The latest change among the entries: a page's `since`, the feed's and the article's date of modification. */
export function latestChange(entries: Pick<LiveEntryView, 'updatedAt'>[]): string | null {
  let latest: string | null = null
  for (const { updatedAt } of entries) if (!latest || Date.parse(updatedAt) > Date.parse(latest)) latest = updatedAt
  return latest
}

/** The page's entries after an update: changed ones replaced, new ones added, removed ones (not in `ids`) dropped. */
export function applyUpdate(current: LiveEntryView[], update: Pick<LiveUpdate, 'ids' | 'entries'>): LiveEntryView[] {
  const kept = new Set(update.ids)
  const byId = new Map(current.map((entry) => [entry.id, entry]))
  for (const entry of update.entries) byId.set(entry.id, entry)
  return orderEntries([...byId.values()].filter((entry) => kept.has(entry.id)))
}

/** Paragraphs of an entry's text: editors separate them with an empty line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/** The `since` a page or a reconnecting browser sends: an ISO date, or nothing for "everything". Null: malformed. */
export function parseSince(value: string | null | undefined): { since: string | undefined } | null {
  if (value === null || value === undefined || value === '') return { since: undefined }
  if (value.length > 40 || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : { since: new Date(time).toISOString() }
}

/** How entries and the coverage's start and end are dated: day and time. */
const ENTRY_TIME = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } as const

/**
 * A moment as `locale` writes it in `timeZone`, formatted on the server with Node's full CLDR data: browsers' own
 * Intl may lack a language (Chromium writes Azerbaijani "26 fev, 14:15" as "M02 26 14:15"), so the page and the
 * updates carry the text and the browser never formats a date.
 */
export function entryTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { ...ENTRY_TIME, timeZone }).format(new Date(iso))
}

/** The anchor of an entry on the page, its share link's fragment. */
export const entryAnchor = (id: string) => `entry-${id}`

/** An entry's title where one is needed (key events, the feed, structured data): its headline, or its first words. */
export function entryTitle(entry: Pick<LiveEntryView, 'headline' | 'text'>): string {
  if (entry.headline) return entry.headline
  const words = entry.text.trim().split(/\s+/)
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ')
}
