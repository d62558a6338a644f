import { beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, baseURL, get } from './env'

/**
 * State-changing requests (POST, PUT, PATCH, DELETE) from another site's page are refused with 403 before
 * Next or Payload run (server/requestGuard.ts): "this site" is an Origin whose host is the request's Host,
 * or the configured SERVER_URL. Requests with neither Origin nor Sec-Fetch-Site (curl, API clients) pass.
 */

const EVIL = 'https://evil.example'
let articleSlug: string
let articleId: number

/** The login as a form on another site would post it: multipart, the credentials in Payload's `_payload` field. */
const multipartLogin = (headers: Record<string, string>) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(ADMIN))
  return get('/api/users/login', { method: 'POST', headers, body: form })
}

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const { token } = (await login.json()) as { token: string }
  const created = await get('/api/articles?locale=az', {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: `Başqa sayt məqaləsi ${Date.now()}`, _status: 'published' }),
  })
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  articleSlug = doc.slug
  articleId = doc.id
})

describe('login CSRF', () => {
  it('refuses a login form posted from another site: 403, and no session cookie', async () => {
    const response = await multipartLogin({ origin: EVIL })
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.json()).toMatchObject({ error: 'crossOrigin' })
  })

  it('refuses it without Origin when the browser says the page is cross-site', async () => {
    const response = await multipartLogin({ 'sec-fetch-site': 'cross-site' })
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('refuses Origin: null (a sandboxed frame or a file: page)', async () => {
    expect((await multipartLogin({ origin: 'null' })).status).toBe(403)
  })

  it('logs in from the portal’s own origin, and from a client with no Origin at all', async () => {
    const sameOrigin = await multipartLogin({ origin: baseURL(), 'sec-fetch-site': 'same-origin' })
    expect(sameOrigin.status).toBe(200)
    expect(sameOrigin.headers.get('set-cookie')).toMatch(/payload-token=/)
    expect((await multipartLogin({})).status).toBe(200)
  })
})

describe('other state-changing requests from another site', () => {
  it('refuses a review posted to the JSON endpoint', async () => {
    const response = await get('/api/reviews/submit', {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'application/json', 'x-forwarded-for': '100.71.0.1' },
      body: JSON.stringify({ article: articleId, locale: 'az', name: 'Oxucu', body: 'Başqa saytdan göndərilmiş rəy.' }),
    })
    expect(response.status).toBe(403)
  })

  it('refuses a page’s server action with an honest 403, not a 503 "temporarily unavailable"', async () => {
    const response = await get(`/az/news/${articleSlug}`, {
      method: 'POST',
      headers: { origin: EVIL, 'next-action': 'f'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      body: '[]',
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('retry-after')).toBeNull()
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe('Bu sorğu başqa saytdan göndərilib və qəbul edilmir.')
  })

  it('refuses PATCH and DELETE with a staff token too', async () => {
    const login = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
    const { token } = (await login.json()) as { token: string }
    for (const method of ['PATCH', 'DELETE']) {
      const response = await get(`/api/articles/${articleId}?locale=az`, {
        method,
        headers: { origin: EVIL, authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: method === 'PATCH' ? JSON.stringify({ title: 'Dəyişdirilmiş' }) : undefined,
      })
      expect([method, response.status]).toEqual([method, 403])
    }
    expect((await get(`/api/articles/${articleId}?locale=az`)).status).toBe(200)
  })

  it('still serves reads to other sites', async () => {
    expect((await get('/az', { headers: { origin: EVIL } })).status).toBe(200)
    expect((await get('/api/articles?limit=1', { headers: { origin: EVIL } })).status).toBe(200)
  })
})
