import { calendarDateIn, type Commemoration } from '@/lib/anniversary'

/**
 * "On this day" (/{locale}/on-this-day/{MM-DD}): a day of the year, the events commemorated on it and the
 * instants it spans in each past year. Pure, so the routing, the pages and the tests share it.
 */

/** A day of the year, as written in the address: MM-DD. */
export type MonthDay = { month: number; day: number }

/** The longest each month can be: 02-29 is a day of the year too (events of a leap day are remembered). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const pad = (value: number) => String(value).padStart(2, '0')

/** '02-26' → { month: 2, day: 26 }; null for anything else ('2-26', '02-30', 'foo'). */
export function parseMonthDay(value: string): MonthDay | null {
  const match = /^(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const month = Number(match[1])
  const day = Number(match[2])
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null
  return { month, day }
}

export function formatMonthDay({ month, day }: MonthDay): string {
  return `${pad(month)}-${pad(day)}`
}

/** The day as a date to format without its year (in a leap year, so 29 February exists), in UTC. */
export function dayOfYearDate({ month, day }: MonthDay): Date {
  return new Date(Date.UTC(2024, month - 1, day))
}

/** Intl options for a day of the year in the page's language: "26 fevral", "February 26", "26 февраля". */
export const DAY_OF_YEAR_FORMAT = { month: 'long', day: 'numeric', timeZone: 'UTC' } as const

/** Today's MM-DD in the time zone: the newsroom's day turns over at midnight in Baku, not on the server's clock. */
export function monthDayIn(now: Date, timeZone: string): string {
  return formatMonthDay(calendarDateIn(now, timeZone))
}

/** The day before and after, around the year (a leap year's calendar, so 02-29 is reachable). */
export function neighbourDays(monthDay: MonthDay): { previous: string; next: string } {
  const at = Date.UTC(2024, monthDay.month - 1, monthDay.day)
  const shift = (days: number) => {
    const date = new Date(at + days * 86_400_000)
    return formatMonthDay({ month: date.getUTCMonth() + 1, day: date.getUTCDate() })
  }
  return { previous: shift(-1), next: shift(1) }
}

/**
 * How an event's commemoration relates to the day: `on` the day itself, `leapDay` for a 29 February commemoration
 * seen from 28 February (observed then in years without a 29th: lib/anniversary.ts), or null.
 */
export function commemoratedOn(commemoration: Commemoration, { month, day }: MonthDay): 'on' | 'leapDay' | null {
  const commemorationMonth = Number(commemoration.month)
  if (commemorationMonth === month && commemoration.day === day) return 'on'
  if (commemorationMonth === 2 && commemoration.day === 29 && month === 2 && day === 28) return 'leapDay'
  return null
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The zone's offset from UTC at an instant, in milliseconds (Baku kept summer time until 2016). */
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
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return wall - Math.floor(instant / 1000) * 1000
}

/** The instant midnight begins a calendar day in the zone. */
export function startOfDayIn(year: number, month: number, day: number, timeZone: string): Date {
  const midnight = Date.UTC(year, month - 1, day)
  const first = midnight - offsetAt(midnight, timeZone)
  // Once more at the guess: the offset may differ between UTC midnight and the zone's.
  return new Date(midnight - offsetAt(first, timeZone))
}

export type DayRange = { from: string; to: string }

/** The day in each year from `firstYear` to `lastYear`, as [from, to) instants in the zone (29 February in leap years only). */
export function dayInYears(monthDay: MonthDay, firstYear: number, lastYear: number, timeZone: string): DayRange[] {
  const ranges: DayRange[] = []
  for (let year = firstYear; year <= lastYear; year++) {
    if (monthDay.month === 2 && monthDay.day === 29 && !isLeapYear(year)) continue
    const next = new Date(Date.UTC(year, monthDay.month - 1, monthDay.day + 1))
    ranges.push({
      from: startOfDayIn(year, monthDay.month, monthDay.day, timeZone).toISOString(),
      to: startOfDayIn(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone).toISOString(),
    })
  }
  return ranges
}
