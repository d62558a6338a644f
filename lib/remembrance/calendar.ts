import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventTransparency } from 'ical-generator'

import { commemorationDate, type Commemoration } from '@/lib/anniversary'

/**
 * The iCalendar feed of the days of remembrance (/{locale}/remembrance.ics): one all-day VEVENT per published event,
 * repeating every year on its commemoration day from the first anniversary on. Pure: the route handler passes the
 * events and the texts of its language.
 */

export type CalendarEntry = {
  id: number
  name: string
  summary?: string | null
  /** The event's page in the feed's language. */
  url: string
  startDate: string
  commemoration: Commemoration
  updatedAt: string
}

export type CalendarText = {
  /** X-WR-CALNAME and NAME. */
  name: string
  description: string
  /** Each VEVENT's SUMMARY, from the event's name. */
  summary: (name: string) => string
  /** Said in the DESCRIPTION of a 29 February commemoration. */
  leapDay: string
}

type CalendarInput = { origin: string; locale: string; selfUrl: string; text: CalendarText; events: CalendarEntry[] }

const DAY_MS = 86_400_000

/**
 * A stable UID: the event's id, the language and the site's host, never its name or slug, so a renamed event stays
 * the same event in a subscriber's calendar. The language is part of it because each language's feed says other
 * words: a reader importing two of them into one calendar must not have one overwrite the other.
 */
export function calendarUid(id: number, locale: string, origin: string): string {
  return `remembrance-event-${id}-${locale}@${new URL(origin).hostname}`
}

/** The date of the first anniversary: the event's own year is no commemoration (lib/anniversary.ts). */
function firstCommemoration(startDate: string, commemoration: Commemoration): Date {
  const { year, month, day } = commemorationDate(commemoration, Number(startDate.slice(0, 4)) + 1)
  return new Date(Date.UTC(year, month - 1, day))
}

const isLeapDay = ({ month, day }: Commemoration) => Number(month) === 2 && day === 29

export function renderCalendar({ origin, locale, selfUrl, text, events }: CalendarInput): string {
  const calendar = ical({
    prodId: { company: new URL(origin).hostname, product: 'remembrance', language: locale.toUpperCase() },
    name: text.name,
    description: text.description,
    method: ICalCalendarMethod.PUBLISH,
    source: selfUrl,
    url: selfUrl,
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: subscribers fetch it again daily.
    ttl: 24 * 60 * 60,
  })
  for (const event of events) {
    const start = firstCommemoration(event.startDate, event.commemoration)
    const leapDay = isLeapDay(event.commemoration)
    calendar.createEvent({
      id: calendarUid(event.id, locale, origin),
      // All-day (DTSTART;VALUE=DATE) with an explicit exclusive DTEND the next day, which Outlook expects.
      allDay: true,
      start,
      end: new Date(start.getTime() + DAY_MS),
      // 29 February is kept on the last day of February: the 29th in leap years, the 28th otherwise, as the site
      // counts it (lib/anniversary.ts). A plain yearly rule from a 29 February would skip three years in four.
      repeating: leapDay ? { freq: ICalEventRepeatingFreq.YEARLY, byMonth: [2], byMonthDay: [-1] } : { freq: ICalEventRepeatingFreq.YEARLY },
      summary: text.summary(event.name),
      description: [event.summary, leapDay ? text.leapDay : null, event.url].filter(Boolean).join('\n\n'),
      url: event.url,
      // DTSTAMP and LAST-MODIFIED follow the event, so an unchanged feed reads the same on every request.
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      transparency: ICalEventTransparency.TRANSPARENT,
    })
  }
  // Every content line ends in CRLF (RFC 5545 3.1), the last one too, which the library leaves bare.
  return `${calendar.toString()}\r\n`
}
