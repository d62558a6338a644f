import { beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { ADMIN, get } from './env'

/**
 * Generated share cards are drawn once and then served from Next's data cache, under the tags of the
 * document they show: an editor's change to the headline expires the card. The portal says which
 * (x-generated-image-cache: HIT or MISS), so no timing is needed.
 */

const stamp = Date.now().toString(36)
const json = { 'content-type': 'application/json' }
let token = ''

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await get(`/api${path}`, { method, headers: { ...json, authorization: `JWT ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) })
  const data = (await response.json()) as T
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
  return data
}

async function card(path: string) {
  const response = await get(path)
  const bytes = Buffer.from(await response.arrayBuffer())
  return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('x-generated-image-cache'), bytes }
}

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
})

describe('share cards', () => {
  it('of an article are drawn once, served from the cache after, and drawn anew when an editor changes the headline', async () => {
    const { doc } = await api<{ doc: { id: number; slug: string } }>('POST', '/articles?locale=en', { title: `Card cache headline ${stamp}`, _status: 'published' })
    const path = `/en/news/${doc.slug}/og.png`

    const first = await card(path)
    expect([first.status, first.type, first.cache]).toEqual([200, 'image/png', 'MISS'])
    const meta = await sharp(first.bytes).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630])
    const second = await card(path)
    expect([second.status, second.cache]).toEqual([200, 'HIT'])
    expect(second.bytes.equals(first.bytes)).toBe(true)
    // Another article published meanwhile is no reason to draw this card again.
    await api('POST', '/articles?locale=en', { title: `Card cache bystander ${stamp}`, _status: 'published' })
    expect((await card(path)).cache).toBe('HIT')

    // The slug stays (it is set once), the headline changes: the card must follow.
    await api('PATCH', `/articles/${doc.id}?locale=en`, { title: `A corrected, much longer headline for the card ${stamp}` })
    const edited = await card(path)
    expect([edited.status, edited.cache]).toEqual([200, 'MISS'])
    expect(edited.bytes.equals(first.bytes)).toBe(false)
    expect((await card(path)).cache).toBe('HIT')
  })

  it('of an event and of a language home are cached the same way, and an edited event name draws a new card', async () => {
    const { doc } = await api<{ doc: { id: number; slug: string } }>('POST', '/remembrance-events?locale=az', {
      name: `Kart yaddaşı ${stamp}`,
      startDate: '1990-01-20T12:00:00.000Z',
      commemoration: { month: '1', day: 20 },
      _status: 'published',
    })
    const path = `/az/remembrance/${doc.slug}/og.png`
    const first = await card(path)
    expect([first.status, first.cache]).toEqual([200, 'MISS'])
    expect((await card(path)).cache).toBe('HIT')
    await api('PATCH', `/remembrance-events/${doc.id}?locale=az`, { name: `Kart yaddaşı, düzəliş ${stamp}` })
    const edited = await card(path)
    expect([edited.status, edited.cache]).toEqual([200, 'MISS'])
    expect(edited.bytes.equals(first.bytes)).toBe(false)

    await card('/ru/og.png')
    const home = await card('/ru/og.png')
    expect([home.status, home.type, home.cache]).toEqual([200, 'image/png', 'HIT'])
    // The portal is shared: an event with a nearer anniversary would take the home page's spotlight.
    await api('DELETE', `/remembrance-events/${doc.id}`)
  })

  it('are never made for unknown slugs or languages: those stay 404', async () => {
    for (const path of [`/en/news/no-such-card-${stamp}/og.png`, `/az/remembrance/no-such-card-${stamp}/og.png`, '/xx/og.png', `/xx/news/card-${stamp}/og.png`]) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await card(path)
        expect([path, response.status, response.cache]).toEqual([path, 404, null])
      }
    }
  })
})
