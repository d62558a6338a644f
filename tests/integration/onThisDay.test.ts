import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { bootPayload } from './payload'

/** "On this day"'s query on the real Local API: one instant range per year, read as the public reads. */

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

async function article(title: string, publishedAt: string, options: { english?: boolean; draft?: boolean; event?: number } = {}) {
  const status = options.draft ? 'draft' : 'published'
  const doc = await payload.create({
    collection: 'articles',
    locale: 'az',
    draft: options.draft,
    data: { title, publishedAt, remembranceEvent: options.event, _status: status },
  })
  if (options.english) await payload.update({ collection: 'articles', id: doc.id, locale: 'en', data: { title: `${title} (en)`, _status: status } })
  return doc
}

describe('articles published on a day of the year', () => {
  it('are those of that day in Baku in every year, newest first, published in the language, never drafts', async () => {
    const event = await payload.create({
      collection: 'remembrance-events',
      locale: 'az',
      data: { name: 'Sınaq hadisəsi', startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 }, _status: 'published' },
    })
    await article('Köhnə', '2005-06-01T08:00:00.000Z')
    await article('Bakıda 26 fevral, 00:30', '2013-02-25T20:30:00.000Z', { english: true, event: event.id })
    await article('Bakıda hələ 25 fevral, 23:30', '2013-02-25T19:30:00.000Z', { english: true })
    await article('Başqa il: 2010', '2010-02-26T12:00:00.000Z')
    await article('Bakıda 26 fevral, 23:59', '2021-02-26T19:59:00.000Z')
    await article('Bakıda artıq 27 fevral', '2021-02-26T20:00:00.000Z')
    await article('Qaralama', '2019-02-26T12:00:00.000Z', { draft: true })
    await article('Uzun il', '2020-02-29T12:00:00.000Z')

    // Imported here: the gateway loads the Payload config, which must see the test's DATABASE_URI (set by bootPayload).
    const { findDayArticles } = await import('@/lib/data/onThisDay')
    const now = new Date('2026-12-01T10:00:00.000Z')
    const az = await findDayArticles('az', '02-26', now)
    expect(az.map((doc) => doc.title)).toEqual(['Bakıda 26 fevral, 23:59', 'Bakıda 26 fevral, 00:30', 'Başqa il: 2010'])
    expect(az.find((doc) => doc.title === 'Bakıda 26 fevral, 00:30')?.eventId).toBe(event.id)
    expect((await findDayArticles('en', '02-26', now)).map((doc) => doc.title)).toEqual(['Bakıda 26 fevral, 00:30 (en)'])
    expect((await findDayArticles('az', '02-29', now)).map((doc) => doc.title)).toEqual(['Uzun il'])
    expect((await findDayArticles('az', '02-27', now)).map((doc) => doc.title)).toEqual(['Bakıda artıq 27 fevral'])
    expect(await findDayArticles('az', '02-30', now)).toEqual([])
  })
})
