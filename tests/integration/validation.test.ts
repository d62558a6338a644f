import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

/** The field errors Payload answers with (400), as { path: message }. */
async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    return Object.fromEntries(errors.map((e) => [e.path, e.message]))
  }
  return {}
}

let count = 0
const event = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'remembrance-events',
    locale: 'en',
    data: { name: `Test event ${(count += 1)}`, startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 }, _status: 'published', ...data },
  })

describe('remembrance events', () => {
  it('accept the Khojaly figures as whole numbers', async () => {
    const created = await event({ figures: { killed: 613, children: 83, women: 106, elderly: 70, hostages: 1275, missing: 150 } })
    expect(created.figures?.killed).toBe(613)
  })

  it('refuse an end before the start, a day the month does not have, and fractions', async () => {
    const errors = await fieldErrors(
      event({ endDate: '1992-02-20T12:00:00.000Z', commemoration: { month: '4', day: 31 }, figures: { wounded: 12.5 } }),
    )
    expect(Object.keys(errors).sort()).toEqual(['commemoration.day', 'endDate', 'figures.wounded'])
    // Messages follow the admin's language; without a user that is Azerbaijani, the default.
    expect(errors.endDate).toBe('Bitmə tarixi başlanğıc tarixindən əvvəl ola bilməz.')
    expect(errors['commemoration.day']).toBe('Seçilmiş ayda 31 tarixi yoxdur: bu ay 30 gündən ibarətdir.')
  })

  it('refuse more children, women and elderly than people killed', async () => {
    const errors = await fieldErrors(event({ figures: { killed: 100, children: 60, women: 50 } }))
    expect(errors['figures.killed']).toBe('Uşaqlar, qadınlar və yaşlılar birlikdə (110) həlak olanların ümumi sayından (100) çox ola bilməz.')
  })

  it('allow 29 February as a commemoration day', async () => {
    expect((await event({ commemoration: { month: '2', day: 29 } })).commemoration?.day).toBe(29)
  })
})

describe('links shown to readers', () => {
  it.each([
    ['http://t.me/portal'],
    ['javascript:alert(1)'],
    ['https://user:pass@t.me/portal'],
    [' https://t.me/portal'],
    ['not a url'],
  ])('refuse %j as a social link', async (url) => {
    const errors = await fieldErrors(payload.create({ collection: 'social-links', locale: 'en', data: { platform: 'telegram', url, label: 'Telegram' } }))
    expect(Object.keys(errors)).toEqual(['url'])
  })

  it('refuse an embed from a host that is not on the list, and a source that is not https', async () => {
    const embed = await fieldErrors(
      payload.create({
        collection: 'articles',
        locale: 'en',
        data: {
          title: 'Embed test',
          _status: 'published',
          body: {
            root: {
              type: 'root', version: 1, direction: null, format: '', indent: 0,
              children: [{ type: 'block', version: 2, format: '', fields: { id: 'x1', blockType: 'embed', url: 'https://evil.example/video' } }],
            },
          },
        },
      }),
    )
    expect(Object.keys(embed)).toContain('body.url')
    const source = await fieldErrors(event({ sources: [{ title: 'A source', url: 'http://example.org/report' }] }))
    expect(Object.keys(source)).toEqual(['sources.0.url'])
  })
})

describe('gallery blocks', () => {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3"/></svg>')
  let images: number[] = []

  beforeAll(async () => {
    images = []
    for (let i = 0; i < 13; i++) {
      const media = await payload.create({
        collection: 'media',
        locale: 'az',
        data: { alt: `Qalereya şəkli ${i}` },
        file: { data: svg, mimetype: 'image/svg+xml', name: `gallery-${i}.svg`, size: svg.length },
      })
      images.push(media.id)
    }
  })

  const article = (count: number) =>
    payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: `Gallery of ${count}`,
        _status: 'published',
        body: {
          root: {
            type: 'root', version: 1, direction: null, format: '', indent: 0,
            children: [{ type: 'block', version: 2, format: '', fields: { id: `g${count}`, blockType: 'gallery', images: images.slice(0, count) } }],
          },
        },
      },
    })

  it.each([1, 13])('refuse a gallery with %i image(s)', async (count) => {
    expect(Object.keys(await fieldErrors(article(count)))).toContain('body.images')
  })

  it.each([2, 12])('accept a gallery with %i image(s)', async (count) => {
    await expect(article(count)).resolves.toMatchObject({ title: `Gallery of ${count}` })
  })
})
