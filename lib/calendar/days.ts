import { calendarDateIn } from '@/lib/anniversary'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

/**
 * Calendar days as `YYYY-MM-DD` strings, reckoned in the newsroom's time zone. A day-only date is stored the
 * way Payload's day picker keeps it, at 12:00 UTC, so its date part is the calendar day in every zone from
 * UTC−11 to UTC+11 (Baku included).
 */
export type Day = string

const DAY_MS = 24 * 60 * 60 * 1000

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

export function todayIn(now: Date, timeZone: string = NEWSROOM_TIME_ZONE): Day {
  const { year, month, day } = calendarDateIn(now, timeZone)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The stored form of a day-only date. */
export const noonUtc = (day: Day): string => `${day}T12:00:00.000Z`

/** The calendar day of a stored day-only date (see above). */
export const dayOf = (stored: string | Date): Day => new Date(stored).toISOString().slice(0, 10)

/** The zone's offset from UTC at an instant, in milliseconds (+4 h for Baku). */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant))
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value)
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - (instant - (instant % 1000))
}

/**
 * The instant a day begins in the zone: 00:00 in Baku on 26 February is 20:00 UTC on the 25th. Checked twice
 * so that a zone whose offset changes that night (daylight saving) still lands on its own midnight.
 */
export function startOfDayIn(day: Day, timeZone: string = NEWSROOM_TIME_ZONE): Date {
  const wall = Date.parse(`${day}T00:00:00.000Z`)
  let instant = wall - offsetAt(wall, timeZone)
  instant = wall - offsetAt(instant, timeZone)
  return new Date(instant)
}

/** `YYYY-MM` of a day. */
export const monthOf = (day: Day): string => day.slice(0, 7)

/** The month asked for (`?month=2027-02`), or the current month in the newsroom's zone when absent or malformed. */
export function parseMonth(value: unknown, now: Date): string {
  if (typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value
  return monthOf(todayIn(now))
}

/** The first day of a month and the first day of the next. */
export function monthBounds(month: string): { first: Day; next: Day } {
  const [year, number] = month.split('-').map(Number)
  const next = number === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(number + 1)}`
  return { first: `${month}-01`, next: `${next}-01` }
}
