import type { Payload, TypedUser } from 'payload'

import { CONTENT_ROLES, EDITING_ROLES, hasRole } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import { anniversaryNumber, commemorationDate } from '@/lib/anniversary'

import { dayOf, monthBounds, startOfDayIn, todayIn, type Day } from './days'
import type { TaskKind } from './plan'
import { relationId } from './relation'
import { scheduledPublications, type ScheduledItem } from './scheduled'

export type StaffMember = { id: number; name: string }

export type CalendarTask = {
  id: number
  event: { id: number; name: string; href: string }
  kind: TaskKind
  locale: Locale
  anniversaryDate: Day
  dueDate: Day
  assignee: StaffMember | null
  done: boolean
  /** Due before today (in the newsroom's zone) and not done. */
  overdue: boolean
}

export type EmbargoItem = { until: string; title: string; href: string }

export type CommemorationItem = {
  event: { id: number; name: string; href: string }
  date: Day
  number: number
  /** 00:00 in the newsroom's zone on the day: the moment anniversary coverage is embargoed until. */
  midnight: string
  /** What is scheduled for, or embargoed until, exactly that moment. */
  atMidnight: { title: string; href: string; kind: 'scheduled' | 'embargo' }[]
}

export type CalendarMonth = {
  month: string
  today: Day
  commemorations: CommemorationItem[]
  tasks: CalendarTask[]
  scheduled: ScheduledItem[]
  embargoes: EmbargoItem[]
  /** Content staff to assign tasks to; only for those who may assign. */
  staff: StaffMember[]
  canAssign: boolean
}

/**
 * Content staff's names for the assignee choice. Only admins may open other accounts (access/isAdminOrSelf.ts),
 * so the system reads the names and ids, nothing else, for the editors who assign the work.
 */
async function contentStaff(payload: Payload): Promise<StaffMember[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: [...CONTENT_ROLES] } },
    select: { name: true, email: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => ({ id: doc.id, name: doc.name || doc.email }))
}

/**
 * Everything the commemoration calendar shows for a month (`YYYY-MM`), read with the staff member's own access
 * (a translator sees the translation tasks and their own), in the admin's language.
 */
export async function loadCalendarMonth(
  payload: Payload,
  user: TypedUser,
  month: string,
  locale: Locale,
  now: Date,
  adminRoute: string,
): Promise<CalendarMonth> {
  const { first, next } = monthBounds(month)
  const from = startOfDayIn(first)
  const to = startOfDayIn(next)
  const today = todayIn(now)
  const access = { user, overrideAccess: false, depth: 0, locale, pagination: false } as const
  const eventHref = (eventId: number) => `${adminRoute}/collections/remembrance-events/${eventId}`

  const [events, tasks, scheduled, embargoed] = await Promise.all([
    payload.find({
      ...access,
      collection: 'remembrance-events',
      where: { and: [{ _status: { equals: 'published' } }, { 'commemoration.month': { equals: String(Number(month.slice(5))) } }] },
      select: { name: true, startDate: true, commemoration: true },
    }),
    payload.find({
      ...access,
      collection: 'editorial-tasks',
      where: {
        or: [
          { and: [{ dueDate: { greater_than_equal: `${first}T00:00:00.000Z` } }, { dueDate: { less_than: `${next}T00:00:00.000Z` } }] },
          { and: [{ anniversaryDate: { greater_than_equal: `${first}T00:00:00.000Z` } }, { anniversaryDate: { less_than: `${next}T00:00:00.000Z` } }] },
        ],
      },
      sort: ['dueDate', 'kind', 'locale'],
    }),
    scheduledPublications(payload, user, from, to, locale, adminRoute),
    payload.find({
      ...access,
      collection: 'articles',
      draft: true,
      where: { and: [{ embargoUntil: { greater_than_equal: from.toISOString() } }, { embargoUntil: { less_than: to.toISOString() } }] },
      select: { title: true, embargoUntil: true },
      sort: 'embargoUntil',
    }),
  ])

  const embargoes: EmbargoItem[] = embargoed.docs.map((doc) => ({
    until: new Date(doc.embargoUntil as string).toISOString(),
    title: doc.title ?? `#${doc.id}`,
    href: `${adminRoute}/collections/articles/${doc.id}`,
  }))

  const year = Number(month.slice(0, 4))
  const commemorations = events.docs
    .flatMap((event) => {
      if (!event.commemoration) return []
      const date = commemorationDate(event.commemoration, year)
      const number = anniversaryNumber(event.startDate, year)
      if (number < 1) return []
      const day = `${month}-${String(date.day).padStart(2, '0')}`
      const midnight = startOfDayIn(day).toISOString()
      const atMidnight = [
        ...scheduled.filter((item) => item.at === midnight).map((item) => ({ title: item.title, href: item.href, kind: 'scheduled' as const })),
        ...embargoes.filter((item) => item.until === midnight).map((item) => ({ title: item.title, href: item.href, kind: 'embargo' as const })),
      ]
      return [{ event: { id: event.id, name: event.name, href: eventHref(event.id) }, date: day, number, midnight, atMidnight }]
    })
    .sort((a, b) => a.date.localeCompare(b.date))

  const canAssign = hasRole(user, EDITING_ROLES)
  const staff = hasRole(user, CONTENT_ROLES) ? await contentStaff(payload) : []
  const staffById = new Map(staff.map((member) => [member.id, member]))
  const eventNames = await namesOf(payload, user, locale, [...new Set(tasks.docs.map((task) => relationId(task.event)))])

  return {
    month,
    today,
    commemorations,
    tasks: tasks.docs.map((task) => {
      const eventId = relationId(task.event)
      const assigneeId = task.assignee ? relationId(task.assignee) : undefined
      const dueDate = dayOf(task.dueDate)
      return {
        id: task.id,
        event: { id: eventId, name: eventNames.get(eventId) ?? `#${eventId}`, href: eventHref(eventId) },
        kind: task.kind,
        locale: task.locale,
        anniversaryDate: dayOf(task.anniversaryDate),
        dueDate,
        assignee: assigneeId === undefined ? null : (staffById.get(assigneeId) ?? { id: assigneeId, name: `#${assigneeId}` }),
        done: Boolean(task.done),
        overdue: !task.done && dueDate < today,
      }
    }),
    scheduled,
    embargoes,
    staff: canAssign ? staff : [],
    canAssign,
  }
}

/** The events' names in the admin's language, read with the staff member's access. */
export async function namesOf(payload: Payload, user: TypedUser, locale: Locale, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'remembrance-events',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    locale,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [doc.id, doc.name]))
}
