/**
 * Anniversaries of remembrance events, derived on the fly and never stored: a stored "34th"
 * would silently be wrong a year later. Pure functions, so pages and tests share them.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Baku'

/** The yearly commemoration date; month may be the select field's string value ('1'…'12'). */
export type Commemoration = { month: number | string; day: number }

export type Anniversary = {
  /** YYYY-MM-DD, a calendar day in the requested time zone. */
  date: string
  /** Nth anniversary: year of the commemoration − year the event happened (or began). */
  number: number
  /** Whole days from today (in the time zone) to the commemoration; 0 on the day itself. */
  daysUntil: number
  isToday: boolean
}

type CalendarDate = { year: number; month: number; day: number }

const DAY_MS = 24 * 60 * 60 * 1000
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0')
}

function format({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** Days since the epoch of a calendar date; UTC has no daylight saving, so differences are exact. */
function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / DAY_MS
}

/**
 * The calendar date in a time zone, never the server's: at 23:30 UTC on 24 February it is
 * already 25 February in Baku.
 */
export function calendarDateIn(now: Date, timeZone: string = DEFAULT_TIME_ZONE): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

/**
 * The year an event happened, from its ISO date. Payload keeps a day-only date at 12:00 UTC of the
 * chosen day, so the date part as written is the calendar day; a zone conversion could only
 * move 31 December into the next year.
 */
function eventYear(startIso: string): number {
  const match = /^(\d{4})-\d{2}-\d{2}/.exec(startIso)
  if (!match || Number.isNaN(Date.parse(startIso))) {
    throw new RangeError(`Not an ISO date: ${JSON.stringify(startIso)}`)
  }
  return Number(match[1])
}

/** The Nth anniversary falling in `year`: 2026 for an event of 1992 is the 34th. */
export function anniversaryNumber(startIso: string, year: number): number {
  return year - eventYear(startIso)
}

function checkCommemoration({ month, day }: Commemoration): { month: number; day: number } {
  const monthNumber = Number(month)
  const days = Number.isInteger(monthNumber) ? DAYS_IN_MONTH[monthNumber - 1] : undefined
  if (days === undefined || !Number.isInteger(day) || day < 1 || day > days) {
    throw new RangeError(`No such commemoration date: month ${String(month)}, day ${String(day)}`)
  }
  return { month: monthNumber, day }
}

/** 29 February is observed on 28 February in years without one. */
export function commemorationDate(commemoration: Commemoration, year: number): CalendarDate {
  const { month, day } = checkCommemoration(commemoration)
  if (month === 2 && day === 29 && !isLeapYear(year)) return { year, month, day: 28 }
  return { year, month, day }
}

/**
 * Today's commemoration if it is today in `timeZone`, otherwise the next one. An event's own year
 * is not an anniversary, so the first one counted is the 1st.
 */
export function currentOrNextAnniversary(
  startIso: string,
  commemoration: Commemoration,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): Anniversary {
  const today = calendarDateIn(now, timeZone)
  const firstYear = eventYear(startIso) + 1
  let year = Math.max(today.year, firstYear)
  let date = commemorationDate(commemoration, year)
  if (dayNumber(date) < dayNumber(today)) {
    year += 1
    date = commemorationDate(commemoration, year)
  }
  const daysUntil = dayNumber(date) - dayNumber(today)
  return {
    date: format(date),
    number: anniversaryNumber(startIso, year),
    daysUntil,
    isToday: daysUntil === 0,
  }
}
