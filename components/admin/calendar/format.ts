import { noonUtc, type Day } from '@/lib/calendar/days'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

/** Day and time formatters in the admin's language; instants in the newsroom's zone on a 24-hour clock (00:00, not 12:00 AM), days as the days they are. */
export function formatters(language: string) {
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
  const instant = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: NEWSROOM_TIME_ZONE })
  const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' })
  return {
    day: (value: Day) => day.format(new Date(noonUtc(value))),
    instant: (value: string) => `${instant.format(new Date(value))} (${NEWSROOM_TIME_ZONE})`,
    month: (value: string) => month.format(new Date(noonUtc(`${value}-15`))),
  }
}
