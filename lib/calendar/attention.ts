import type { Payload, TypedUser } from 'payload'

import type { Locale } from '@/i18n/locales'
import { currentOrNextAnniversary } from '@/lib/anniversary'

import { addDays, dayOf, startOfDayIn, todayIn, type Day } from './days'
import { namesOf } from './month'
import { relationId } from './relation'
import type { TaskKind } from './plan'
import { scheduledPublications, type ScheduledItem } from './scheduled'

export type MyTask = { id: number; eventName: string; kind: TaskKind; locale: Locale; dueDate: Day; overdue: boolean }
export type NextCommemoration = { id: number; name: string; date: Day; number: number; href: string }

/** Open tasks assigned to the staff member, the most overdue first (their own access). */
export async function myOpenTasks(payload: Payload, user: TypedUser, locale: Locale, now: Date, limit = 8): Promise<MyTask[]> {
  const { docs } = await payload.find({
    collection: 'editorial-tasks',
    where: { and: [{ assignee: { equals: user.id } }, { done: { not_equals: true } }] },
    sort: 'dueDate',
    limit,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const today = todayIn(now)
  const names = await namesOf(payload, user, locale, [...new Set(docs.map((task) => relationId(task.event)))])
  return docs.map((task) => ({
    id: task.id,
    eventName: names.get(relationId(task.event)) ?? `#${relationId(task.event)}`,
    kind: task.kind,
    locale: task.locale,
    dueDate: dayOf(task.dueDate),
    overdue: dayOf(task.dueDate) < today,
  }))
}

/** SQLite's ids are numbers; MongoDB's ObjectIds are hex strings of one length that begin with their creation time. */
const olderFirst = (a: number | string, b: number | string): number => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)

/** The published events' next commemorations (today's included), soonest first. */
export async function nextCommemorations(
  payload: Payload,
  user: TypedUser,
  locale: Locale,
  now: Date,
  adminRoute: string,
  limit = 3,
): Promise<NextCommemoration[]> {
  const { docs } = await payload.find({
    collection: 'remembrance-events',
    where: { _status: { equals: 'published' } },
    select: { name: true, startDate: true, commemoration: true },
    depth: 0,
    locale,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return docs
    .flatMap((event) => {
      if (!event.commemoration) return []
      const next = currentOrNextAnniversary(event.startDate, event.commemoration, now)
      return [{ id: event.id, name: event.name, date: next.date, number: next.number, href: `${adminRoute}/calendar?month=${next.date.slice(0, 7)}` }]
    })
    // Events commemorated on the same day: the longest-standing first (ids grow with time on SQLite and MongoDB), so a
    // day's established commemoration is not pushed off the short list by events added since.
    .sort((a, b) => a.date.localeCompare(b.date) || olderFirst(a.id, b.id))
    .slice(0, limit)
}

/** Publications scheduled for today in the newsroom's zone. */
export function scheduledToday(payload: Payload, user: TypedUser, locale: Locale, now: Date, adminRoute: string): Promise<ScheduledItem[]> {
  const today = todayIn(now)
  return scheduledPublications(payload, user, startOfDayIn(today), startOfDayIn(addDays(today, 1)), locale, adminRoute)
}

/** Reviews waiting for moderation, counted with the staff member's access (moderators see pending ones). */
export async function pendingReviews(payload: Payload, user: TypedUser): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'reviews', where: { status: { equals: 'pending' } }, user, overrideAccess: false })
  return totalDocs
}

export type LiveCoverageItem = { id: number; title: string; href: string; entriesHref: string }

/** Live articles whose coverage is running now, the latest started first: each links to its entry form and to its entries. */
export async function liveCoverageInProgress(payload: Payload, user: TypedUser, locale: Locale, adminRoute: string, limit = 5): Promise<LiveCoverageItem[]> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ articleType: { equals: 'live' } }, { 'liveCoverage.state': { equals: 'live' } }] },
    sort: '-liveCoverage.startsAt',
    select: { title: true },
    depth: 0,
    limit,
    locale,
    user,
    overrideAccess: false,
  })
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title ?? `#${doc.id}`,
    href: `${adminRoute}/collections/articles/${doc.id}`,
    entriesHref: `${adminRoute}/collections/live-entries?where[article][equals]=${doc.id}`,
  }))
}
