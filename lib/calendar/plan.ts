import { currentOrNextAnniversary, type Commemoration } from '@/lib/anniversary'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

import { addDays, todayIn, type Day } from './days'

/** What the newsroom does before each anniversary, in each language. */
export const TASK_KINDS = ['plan', 'translate', 'publish'] as const
export type TaskKind = (typeof TASK_KINDS)[number]

/**
 * How many days before the commemoration each task falls due, and in which languages. Azerbaijani is the
 * original, written by the newsroom: only English and Russian are translated. "Publish" is due the day before,
 * so the coverage is ready and scheduled (or embargoed) for 00:00 in Baku on the day itself.
 */
export const TASK_PLAN: readonly { kind: TaskKind; daysBefore: number; locales: readonly Locale[] }[] = [
  { kind: 'plan', daysBefore: 30, locales },
  { kind: 'translate', daysBefore: 7, locales: locales.filter((locale) => locale !== defaultLocale) },
  { kind: 'publish', daysBefore: 1, locales },
]

export type PlannedEvent = { id: number | string; startDate: string; commemoration?: Partial<Commemoration> | null }

export type PlannedTask = {
  /** One task per event, year, language and kind, whatever instance or run makes it. */
  key: string
  locale: Locale
  kind: TaskKind
  anniversaryDate: Day
  dueDate: Day
}

export const taskKey = (event: number | string, year: string | number, locale: Locale, kind: TaskKind) => `${event}:${year}:${locale}:${kind}`

/**
 * The tasks for an event's next anniversary after today (in the newsroom's zone): on the day itself the plan
 * already moves on to next year. A task whose day has already passed when it is first planned (an event
 * added a week before its anniversary) is due today instead: the work still needs doing, and a due date in
 * the past is refused for staff too.
 */
export function planTasks(event: PlannedEvent, now: Date, timeZone: string = NEWSROOM_TIME_ZONE): PlannedTask[] {
  const { month, day } = event.commemoration ?? {}
  if (month === undefined || month === null || typeof day !== 'number') return []
  const today = todayIn(now, timeZone)
  let next = currentOrNextAnniversary(event.startDate, { month, day }, now, timeZone)
  if (next.isToday) next = currentOrNextAnniversary(event.startDate, { month, day }, new Date(now.getTime() + 86_400_000), timeZone)
  const year = next.date.slice(0, 4)
  return TASK_PLAN.flatMap(({ kind, daysBefore, locales: taskLocales }) =>
    taskLocales.map((locale) => {
      const due = addDays(next.date, -daysBefore)
      return { key: taskKey(event.id, year, locale, kind), locale, kind, anniversaryDate: next.date, dueDate: due < today ? today : due }
    }),
  )
}
