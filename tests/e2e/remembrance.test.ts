import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'
import { JSDOM } from 'jsdom'

import { monthDayIn } from '@/lib/remembrance/onThisDay'

import { ADMIN, baseURL, get } from './env'
import { languageSitemapText } from './sitemaps'

/**
 * The readers' side of the commemoration calendar over HTTP: the event page's coverage by anniversary, "on this day"
 * (today's and any day's), and the iCalendar feed per language parsed by ical.js.
 */

const KHOJALY = {
  az: {
    event: 'xocali-soyqirimi',
    name: 'Xocalı soyqırımı',
    article: 'azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir',
    day: '26 fevral',
    ordinal: '21-ci ildönümü',
  },
  en: {
    event: 'khojaly-genocide',
    name: 'Khojaly genocide',
    article: 'azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide',
    day: 'February 26',
    ordinal: '21st anniversary',
  },
  ru: {
    event: 'khodzhalinskiy-genotsid',
    name: 'Ходжалинский геноцид',
    article: 'azerbaydzhan-otmechaet-21-yu-godovshchinu-khodzhalinskogo-genotsida',
    day: '26 февраля',
    ordinal: '21-я годовщина',
  },
} as const
const SUMMARY = { az: 'Anım günü: ', en: 'Day of remembrance: ', ru: 'День памяти: ' } as const

const stamp = Date.now().toString(36)
const json = { 'content-type': 'application/json' }
let token = ''
let leapEvent: { id: number; slug: string }

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await get(`/api${path}`, {
    method,
    headers: { ...json, authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = (await response.json()) as T
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
  return data
}

const page = async (path: string) => {
  const response = await get(path)
  const body = await response.text()
  return { status: response.status, body, document: new JSDOM(body).window.document }
}

const calendar = async (locale: string) => {
  const response = await get(`/${locale}/remembrance.ics`)
  const text = await response.text()
  return { response, text, vevents: new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent') }
}

/** The events published in a language, as the public reads them. */
async function publishedEvents(locale: string): Promise<{ id: number; name: string }[]> {
  const response = await get(`/api/remembrance-events?locale=${locale}&depth=0&limit=100&where[slug][exists]=true`)
  return ((await response.json()) as { docs: { id: number; name: string }[] }).docs
}

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  // A leap-day event, published in Azerbaijani only: remembered on 28 February in other years.
  leapEvent = (
    await api<{ doc: { id: number; slug: string } }>('POST', '/remembrance-events?locale=az', {
      name: `Sınaq anım günü ${stamp}`,
      summary: `Sınaq xülasəsi ${stamp}`,
      startDate: '1996-02-29T12:00:00.000Z',
      commemoration: { month: '2', day: 29 },
      _status: 'published',
    })
  ).doc
})

afterAll(async () => {
  // The portal is shared with other tests: leave no event behind.
  if (leapEvent) await api('DELETE', `/remembrance-events/${leapEvent.id}`)
})

describe.each(Object.entries(KHOJALY))('in %s', (locale, khojaly) => {
  it('the event page shows its coverage by year with the anniversary, and links the day and the calendar', async () => {
    const { status, document } = await page(`/${locale}/remembrance/${khojaly.event}`)
    expect(status).toBe(200)
    const year = [...document.querySelectorAll('.timeline > li')].find((item) => item.querySelector('h3')?.textContent === '2013')
    expect(year?.textContent).toContain(khojaly.ordinal)
    expect(year?.querySelector(`a[href="/${locale}/news/${khojaly.article}"]`)).not.toBeNull()
    expect(document.querySelector(`a[href="/${locale}/on-this-day/02-26"]`)?.textContent).toContain(khojaly.day)
    expect(document.querySelector(`a[type="text/calendar"][href="/${locale}/remembrance.ics"]`)).not.toBeNull()
    expect(document.querySelector('link[rel="alternate"][type="text/calendar"]')?.getAttribute('href')).toBe(`${baseURL()}/${locale}/remembrance.ics`)
  })

  it('"on this day" for 26 February lists the Khojaly event and its coverage, with hreflang alternates', async () => {
    const { status, document } = await page(`/${locale}/on-this-day/02-26`)
    expect(status).toBe(200)
    expect(document.querySelector('h1')?.textContent).toContain(khojaly.day)
    const events = document.querySelector('section[aria-labelledby="day-events"]')
    const event = events?.querySelector(`a[href="/${locale}/remembrance/${khojaly.event}"]`)
    expect(event?.textContent).toBe(khojaly.name)
    const item = event?.closest('li')
    expect(item?.querySelector(`a[href="/${locale}/news/${khojaly.article}"]`)).not.toBeNull()
    expect(item?.textContent).toContain(khojaly.ordinal)
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${baseURL()}/${locale}/on-this-day/02-26`)
    for (const other of Object.keys(KHOJALY))
      expect(document.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href')).toBe(`${baseURL()}/${other}/on-this-day/02-26`)
    expect(document.querySelector('nav.day-nav a[href$="/on-this-day/02-25"]')).not.toBeNull()
    expect(document.querySelector('nav.day-nav a[href$="/on-this-day/02-27"]')).not.toBeNull()
  })

  it('/on-this-day is today’s page in Baku, at its own address', async () => {
    const before = monthDayIn(new Date(), 'Asia/Baku')
    const { status, document } = await page(`/${locale}/on-this-day`)
    const after = monthDayIn(new Date(), 'Asia/Baku')
    expect(status).toBe(200)
    expect([before, after]).toContain(document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.split('/').pop())
  })

  it('the iCalendar feed has one yearly all-day event per published event, in this language, with a stable UID', async () => {
    const { response, text, vevents } = await calendar(locale)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const events = await publishedEvents(locale)
    const host = new URL(baseURL()).hostname
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('uid')).sort()).toEqual(
      events.map(({ id }) => `remembrance-event-${id}-${locale}@${host}`).sort(),
    )
    const khojalyId = events.find((event) => event.name === khojaly.name)?.id
    const vevent = vevents.find((candidate) => candidate.getFirstPropertyValue('uid') === `remembrance-event-${khojalyId}-${locale}@${host}`)
    expect(vevent?.getFirstPropertyValue('summary')).toBe(`${SUMMARY[locale as keyof typeof SUMMARY]}${khojaly.name}`)
    expect(String(vevent?.getFirstPropertyValue('description'))).toContain(`${baseURL()}/${locale}/remembrance/${khojaly.event}`)
    const start = vevent?.getFirstPropertyValue('dtstart') as ICAL.Time
    expect([start.isDate, start.toString()]).toEqual([true, '1993-02-26'])
    expect((vevent?.getFirstPropertyValue('rrule') as ICAL.Recur).toString()).toBe('FREQ=YEARLY')
    // The same UIDs on every request.
    const again = await calendar(locale)
    expect(again.vevents.map((item) => item.getFirstPropertyValue('uid'))).toEqual(vevents.map((item) => item.getFirstPropertyValue('uid')))
  })
})

describe('the leap-day event', () => {
  it('repeats on the last day of February in the Azerbaijani feed, keeps its UID when renamed, and is absent from the others', async () => {
    const uid = `remembrance-event-${leapEvent.id}-az@${new URL(baseURL()).hostname}`
    const find = async (locale: string) =>
      (await calendar(locale)).vevents.find((vevent) => vevent.getFirstPropertyValue('uid') === uid.replace('-az@', `-${locale}@`))
    const vevent = await find('az')
    expect(String(vevent?.getFirstPropertyValue('rrule'))).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1')
    expect((vevent?.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('1997-02-28')
    expect(await find('en')).toBeUndefined()

    await api('PATCH', `/remembrance-events/${leapEvent.id}?locale=az`, { name: `Sınaq anım günü, yeni ad ${stamp}` })
    const renamed = await find('az')
    expect(renamed?.getFirstPropertyValue('summary')).toBe(`Anım günü: Sınaq anım günü, yeni ad ${stamp}`)
  })

  it('is listed on 29 February, and on 28 February with a note', async () => {
    for (const day of ['02-29', '02-28']) {
      const { status, document } = await page(`/az/on-this-day/${day}`)
      expect(status).toBe(200)
      expect(document.querySelector(`section[aria-labelledby="day-events"] a[href="/az/remembrance/${leapEvent.slug}"]`)).not.toBeNull()
      expect(document.body.textContent?.includes('28 fevralda anılır')).toBe(day === '02-28')
    }
    const { document } = await page('/en/on-this-day/02-29')
    expect(document.querySelector(`a[href*="${leapEvent.slug}"]`)).toBeNull()
  })
})

describe('addresses that are no day', () => {
  it('are 404 pages, as is the calendar of an unknown language', async () => {
    for (const path of [
      '/az/on-this-day/02-30',
      '/en/on-this-day/foo',
      '/ru/on-this-day/2-26',
      '/az/on-this-day/13-01',
      '/az/on-this-day/02-26/x',
      '/az/on-this-day?page=2',
    ])
      expect([path, (await get(path)).status]).toEqual([path, 404])
    expect((await get('/xx/remembrance.ics')).status).toBe(404)
  })

  it('the sitemap lists the commemoration days', async () => {
    const body = await languageSitemapText('en')
    expect(body).toContain(`<loc>${baseURL()}/en/on-this-day/02-26</loc>`)
  })

  it('the remembrance index links today’s page and the calendar', async () => {
    const { document } = await page('/ru/remembrance')
    expect(document.querySelector('a[href="/ru/on-this-day"]')?.textContent).toBe('В этот день')
    expect(document.querySelector('a[href="/ru/remembrance.ics"]')?.textContent).toBe('Добавить дни памяти в свой календарь')
  })
})
