import { beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, get } from './env'

/** Editorial changes made over the API reach readers at once: caches are expired on every change. */

let token: string
let cookie: string

const json = { 'content-type': 'application/json' }
const asAdmin = () => ({ ...json, authorization: `JWT ${token}` })

beforeAll(async () => {
  const response = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await response.json()) as { token: string }).token
  cookie = `payload-token=${token}`
})

async function createArticle(title: string, status: 'draft' | 'published') {
  const response = await get('/api/articles?locale=az', { method: 'POST', headers: asAdmin(), body: JSON.stringify({ title, _status: status }) })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

/** Headers of a browser's own navigation: a login cookie counts only with them (csrf from SERVER_URL). */
const navigation = (cookies: string) => ({ cookie: cookies, 'sec-fetch-site': 'none' })

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await get(path, { headers })
  return { status: response.status, html: await response.text() }
}

describe('revalidation', () => {
  it('shows a published article, its edits and its removal on the next request', async () => {
    const home = await page('/az') // warms the cached list
    expect(home.status).toBe(200)

    const article = await createArticle('Təzə dərc olunan xəbər', 'published')
    expect((await page('/az')).html).toContain('Təzə dərc olunan xəbər')
    expect((await page(`/az/news/${article.slug}`)).status).toBe(200)

    await get(`/api/articles/${article.id}?locale=az`, { method: 'PATCH', headers: asAdmin(), body: JSON.stringify({ title: 'Düzəliş edilmiş başlıq', _status: 'published' }) })
    expect((await page(`/az/news/${article.slug}`)).html).toContain('Düzəliş edilmiş başlıq')
    expect((await page('/az')).html).toContain('Düzəliş edilmiş başlıq')

    await get(`/api/articles/${article.id}`, { method: 'PATCH', headers: asAdmin(), body: JSON.stringify({ _status: 'draft' }) })
    expect((await page(`/az/news/${article.slug}`)).status).toBe(404)
    expect((await page('/az')).html).not.toContain('Düzəliş edilmiş başlıq')
  })

  it('keeps serving the published version while an edit is only saved as a draft', async () => {
    const article = await createArticle('Dərc olunmuş başlıq', 'published')
    expect((await page(`/az/news/${article.slug}`)).html).toContain('Dərc olunmuş başlıq') // cached now

    // Saved as a draft (what autosave and "Save draft" do): a new version, the live document untouched.
    const draft = await get(`/api/articles/${article.id}?locale=az&draft=true`, {
      method: 'PATCH',
      headers: asAdmin(),
      body: JSON.stringify({ title: 'Hələ yoxlanılan düzəliş', _status: 'draft' }),
    })
    expect(draft.status).toBe(200)
    const served = (await page(`/az/news/${article.slug}`)).html
    expect(served).toContain('Dərc olunmuş başlıq')
    expect(served).not.toContain('Hələ yoxlanılan düzəliş')
    expect((await page('/az')).html).not.toContain('Hələ yoxlanılan düzəliş')

    // Publishing that edit is what puts it live.
    await get(`/api/articles/${article.id}?locale=az`, { method: 'PATCH', headers: asAdmin(), body: JSON.stringify({ title: 'Hələ yoxlanılan düzəliş', _status: 'published' }) })
    expect((await page(`/az/news/${article.slug}`)).html).toContain('Hələ yoxlanılan düzəliş')
  })
})

describe('site settings and social links', () => {
  it('reach every page on the next request after an editor changes them', async () => {
    await page('/en') // warms the cached settings and links
    const tagline = `Tagline ${Date.now()}`
    await get('/api/globals/site-settings?locale=en', { method: 'POST', headers: asAdmin(), body: JSON.stringify({ tagline }) })
    expect((await page('/en')).html).toContain(tagline)

    const created = await get('/api/social-links?locale=en', {
      method: 'POST',
      headers: asAdmin(),
      body: JSON.stringify({ platform: 'linkedin', url: 'https://www.linkedin.com/company/portal', label: 'Our LinkedIn page' }),
    })
    expect(created.status).toBe(201)
    expect((await page('/en')).html).toContain('Our LinkedIn page')
  })
})

describe('draft preview', () => {
  it('shows staff the draft on the real page, and nobody else', async () => {
    const draft = await createArticle('Hələ dərc olunmamış qaralama', 'draft')
    expect((await page(`/az/news/${draft.slug}`)).status).toBe(404)

    const anonymous = await get(`/az/preview?article=${draft.id}`)
    expect(anonymous.status).toBe(307)
    expect(anonymous.headers.get('location')).toContain('/admin/login')

    const preview = await get(`/az/preview?article=${draft.id}`, { headers: navigation(cookie) })
    expect(preview.status).toBe(307)
    expect(preview.headers.get('location')).toBe(`/az/news/${draft.slug}`)
    const bypass = preview.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))?.split(';')[0]
    expect(bypass).toBeTruthy()

    const staffView = await page(`/az/news/${draft.slug}`, navigation(`${cookie}; ${bypass}`))
    expect(staffView.status).toBe(200)
    expect(staffView.html).toContain('Hələ dərc olunmamış qaralama')
    expect(staffView.html).toContain('class="preview-banner"')

    // Draft mode without a staff login grants nothing.
    expect((await page(`/az/news/${draft.slug}`, navigation(bypass ?? ''))).status).toBe(404)
  })

  it('never previews for a reader or a made-up id', async () => {
    expect((await get('/az/preview?article=abc', { headers: navigation(cookie) })).status).toBe(404)
    expect((await get('/az/preview?article=999999', { headers: navigation(cookie) })).status).toBe(404)
  })
})
