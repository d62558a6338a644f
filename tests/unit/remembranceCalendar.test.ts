import { describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'

import { calendarUid, renderCalendar, type CalendarEntry } from '@/lib/remembrance/calendar'

const ORIGIN = 'https://news.example.az'
const khojaly: CalendarEntry = {
  id: 7,
  name: 'Xocalı soyqırımı; "uzun" ad, vergül və nöqtəli vergüllə — sətir qatlanmalıdır',
  summary: 'Qısa xülasə',
  url: `${ORIGIN}/az/remembrance/xocali-soyqirimi`,
  startDate: '1992-02-25T12:00:00.000Z',
  commemoration: { month: '2', day: 26 },
  updatedAt: '2026-11-01T10:00:00.000Z',
}
const leap: CalendarEntry = {
  ...khojaly,
  id: 8,
  name: 'Leap day',
  summary: null,
  startDate: '1996-02-29T12:00:00.000Z',
  commemoration: { month: '2', day: 29 },
}

function render(events: CalendarEntry[]) {
  return renderCalendar({
    origin: ORIGIN,
    locale: 'az',
    selfUrl: `${ORIGIN}/az/remembrance.ics`,
    text: { name: 'Portal: anım günləri', description: 'Təsvir', summary: (name) => `Anım günü: ${name}`, leapDay: 'Note on 29 February' },
    events,
  })
}

const vevents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')

/** The first `count` dates the event's rule gives, as YYYY-MM-DD. */
function occurrences(vevent: ICAL.Component, count: number): string[] {
  const event = new ICAL.Event(vevent)
  const iterator = event.iterator()
  const dates: string[] = []
  for (let next = iterator.next(); next && dates.length < count; next = iterator.next()) dates.push(next.toString())
  return dates
}

describe('the iCalendar feed of the days of remembrance', () => {
  it('is a calendar with its name, a product id and CRLF line endings folded at 75 octets', () => {
    const text = render([khojaly])
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Portal: anım günləri')
  })

  it('has one all-day yearly event per event, from its first anniversary, with its summary, description and UID', () => {
    const [event] = vevents(render([khojaly]))
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time
    expect(start.isDate).toBe(true)
    expect(start.toString()).toBe('1993-02-26')
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('1993-02-27')
    expect((event.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('YEARLY')
    expect(occurrences(event, 3)).toEqual(['1993-02-26', '1994-02-26', '1995-02-26'])
    expect(event.getFirstPropertyValue('summary')).toBe(`Anım günü: ${khojaly.name}`)
    expect(event.getFirstPropertyValue('description')).toBe(`Qısa xülasə\n\n${khojaly.url}`)
    expect(event.getFirstPropertyValue('uid')).toBe('remembrance-event-7-az@news.example.az')
  })

  it('keeps the UID when the name changes, and tells languages apart', () => {
    const renamed = vevents(render([{ ...khojaly, name: 'Another name', url: `${ORIGIN}/az/remembrance/another` }]))[0]
    expect(renamed.getFirstPropertyValue('uid')).toBe(calendarUid(7, 'az', ORIGIN))
    expect(calendarUid(7, 'en', ORIGIN)).not.toBe(calendarUid(7, 'az', ORIGIN))
  })

  it('keeps 29 February on the last day of February: the 29th in leap years, the 28th in others', () => {
    const [event] = vevents(render([leap]))
    expect(occurrences(event, 5)).toEqual(['1997-02-28', '1998-02-28', '1999-02-28', '2000-02-29', '2001-02-28'])
    expect(String(event.getFirstPropertyValue('description'))).toContain('Note on 29 February')
  })
})
