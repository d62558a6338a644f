import { beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { bigArticleBody } from './bigArticle'
import { ADMIN, get } from './env'
import { declareBody } from './rawRequest'

/**
 * Body limits per route (lib/requestLimits.mjs), enforced by the server's guard (server/requestGuard.ts) before anything reads
 * the body: each request declares a body one byte over its route's limit and sends only 1 kB of it, so the
 * 413 can only arrive if the server decided from the headers. A body under the limit is served as before.
 */

const KB = 1024
const MB = 1024 * KB
let token: string
let articleSlug: string

const json = { 'content-type': 'application/json' }
const api = (path: string, init: RequestInit = {}) => get(`/api${path}`, { ...init, headers: { authorization: `JWT ${token}`, ...json, ...init.headers } })

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  const created = await api('/articles?locale=az', { method: 'POST', body: JSON.stringify({ title: `Həcm limiti məqaləsi ${Date.now()}`, _status: 'published' }) })
  articleSlug = ((await created.json()) as { doc: { slug: string } }).doc.slug
})

const tinyPng = () => sharp({ create: { width: 2, height: 2, channels: 3, background: '#336699' } }).png().toBuffer()

describe('a body over its route’s limit is refused with 413 before it is read', () => {
  it.each([
    ['an upload (POST /api/media)', 'POST', '/api/media', 15 * MB + 512 * KB, true],
    ['a replaced upload (PATCH /api/media/<id>)', 'PATCH', '/api/media/1', 15 * MB + 512 * KB, true],
    ['a login, with no login needed', 'POST', '/api/users/login', 8 * KB, false],
    ['a password reset request', 'POST', '/api/users/forgot-password', 8 * KB, false],
    ['a review (POST /api/reviews/submit)', 'POST', '/api/reviews/submit', 32 * KB, false],
    ['any other API call, staff included (POST /api/articles)', 'POST', '/api/articles', 2 * MB, true],
  ])('%s: over %s', async (_, method, path, limit, asStaff) => {
    const answer = await declareBody(path, { method, declaredBytes: limit + 1, headers: { ...json, ...(asStaff ? { authorization: `JWT ${token}` } : {}) } })
    expect(answer.status).toBe(413)
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'tooLarge', maxBytes: limit })
    expect(answer.headers.connection).toBe('close')
    expect(answer.closed).toBe(true)
  })

  it('an admin server action over the admin limit (8 MB)', async () => {
    const answer = await declareBody('/admin/collections/articles/create', { declaredBytes: 8 * MB + 1, headers: { 'next-action': 'f'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' } })
    expect(answer.status).toBe(413)
    expect(answer.headers.connection).toBe('close')
  })

  it('a public page’s server action (the review form) over 64 kB, as a short text in the page’s language, not a 503', async () => {
    const answer = await declareBody(`/ru/news/${articleSlug}`, { declaredBytes: 64 * KB + 1, headers: { 'next-action': 'f'.repeat(42), 'content-type': 'multipart/form-data; boundary=x' } })
    expect(answer.status).toBe(413)
    expect(answer.headers['retry-after']).toBeUndefined()
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(answer.body).toBe('Запрос слишком большой.')
  })

  it('100 MB to the login is refused from its headers alone', async () => {
    const answer = await declareBody('/api/users/login', { declaredBytes: 100 * MB, headers: json })
    expect(answer.status).toBe(413)
  })
})

describe('a body of unknown length (chunked) is refused with 411', () => {
  it('on the login and on the API', async () => {
    for (const path of ['/api/users/login', '/api/articles']) {
      const response = await get(path, {
        method: 'POST',
        headers: json,
        // A stream body is sent chunked, with no Content-Length.
        body: new Blob([JSON.stringify(ADMIN)]).stream(),
        duplex: 'half',
      } as RequestInit & { duplex: 'half' })
      expect([path, response.status]).toEqual([path, 411])
    }
  })
})

describe('a body under its route’s limit is served as before', () => {
  it('a login', async () => {
    const response = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
    expect(response.status).toBe(200)
  })

  it('a review', async () => {
    const response = await get('/api/reviews/submit', {
      method: 'POST',
      headers: { ...json, 'x-forwarded-for': `100.70.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` },
      body: JSON.stringify({ article: (await (await api(`/articles?where[slug][equals]=${articleSlug}&locale=az`)).json() as { docs: { id: number }[] }).docs[0].id, locale: 'az', name: 'Oxucu', body: 'Həcm limitinin altında olan rəy.' }),
    })
    expect(response.status).toBe(201)
  })

  it('an upload, and its replacement', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await tinyPng())], { type: 'image/png' }), `limit-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Sınaq' }))
    const created = await get('/api/media?locale=az', { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const replaced = new FormData()
    replaced.append('file', new Blob([new Uint8Array(await tinyPng())], { type: 'image/png' }), `limit-${Date.now()}-2.png`)
    replaced.append('_payload', JSON.stringify({ alt: 'Sınaq 2' }))
    const patched = await get(`/api/media/${doc.id}?locale=az`, { method: 'PATCH', headers: { authorization: `JWT ${token}` }, body: replaced })
    expect(patched.status).toBe(200)
  })

  it('the largest legitimate save: 30,000 words of rich text, sent as the admin sends it (multipart _payload)', async () => {
    // A remembrance event's history: articles cannot hold that much yet (their search text is capped at
    // Payload's default 40,000 characters), and the body is the same Lexical JSON.
    const payload = JSON.stringify({ name: `Çox uzun tarix ${Date.now()}`, startDate: '1992-02-26T00:00:00.000Z', commemoration: { month: '2', day: 26 }, history: bigArticleBody(), _status: 'published' })
    expect(Buffer.byteLength(payload)).toBeGreaterThan(600 * KB)
    const form = new FormData()
    form.append('_payload', payload)
    const response = await get('/api/remembrance-events?locale=ru', { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(response.status).toBe(201)
    // The portal is shared: another published event could take the home page's remembrance spotlight.
    const { doc } = (await response.json()) as { doc: { id: number } }
    await api(`/remembrance-events/${doc.id}`, { method: 'DELETE' })
  })
})
