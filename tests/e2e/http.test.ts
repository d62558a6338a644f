import { describe, expect, it } from '@jest/globals'

import { ADMIN, get } from './env'

const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]

describe('routing', () => {
  it.each([
    [undefined, '/az'],
    ['ru-RU,ru;q=0.9,en;q=0.8', '/ru'],
    ['en-GB,en;q=0.9', '/en'],
    ['de-DE,de;q=0.9', '/az'],
  ])('sends / with Accept-Language %s to %s', async (acceptLanguage, target) => {
    const response = await get('/', { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location') ?? '', 'http://x').pathname).toBe(target)
  })

  it.each(['/de', '/xx/anything', '/news/anything', '/az/page-not-found'])(
    'answers %s with a server-rendered, localized 404',
    async (path) => {
      const response = await get(path, { headers: { 'accept-language': 'en' } })
      expect(response.status).toBe(404)
      const html = await response.text()
      expect(h1(html)).toBe(path.startsWith('/az') ? 'Səhifə tapılmadı' : 'Page not found')
    },
  )

  it.each([
    ['/az/news/no-such-article', 'Səhifə tapılmadı'],
    ['/en/news/%3Cscript%3E', 'Page not found'],
    ['/en/news/khojaly-genocide/extra', 'Page not found'],
    ['/ru/no/such/page', 'Страница не найдена'],
    ['/ru/remembrance/no-such-event', 'Страница не найдена'],
    ['/en/category/no-such-section', 'Page not found'],
    ['/en/category/remembrance?page=99', 'Page not found'],
    ['/en/tag/khojaly?page=abc', 'Page not found'],
    ['/en/search?page=0', 'Page not found'],
  ])('answers %s with a 404 page rendered on the server, with the site chrome', async (path, title) => {
    const response = await get(path)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(h1(html)).toBe(title)
    expect(html).toContain('class="site-header"')
  })

  it('leaves the admin and the API to Payload', async () => {
    expect((await get('/admin')).status).toBe(200)
    expect((await get('/api/articles?limit=1')).status).toBe(200)
  })
})

describe('access over HTTP', () => {
  async function login(): Promise<string> {
    const response = await get('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    expect(response.status).toBe(200)
    const { token } = (await response.json()) as { token: string }
    return token
  }

  it('keeps staff accounts from the public', async () => {
    const response = await get('/api/users')
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain(ADMIN.email)
  })

  it('shows the public published articles only, and staff their drafts too', async () => {
    const token = await login()
    const created = await get('/api/articles?locale=az', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'Gizli qaralama yazı', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }

    const publicList = await (await get('/api/articles?limit=100&draft=true')).text()
    expect(publicList).not.toContain('Gizli qaralama yazı')
    expect((await get(`/api/articles/${doc.id}?draft=true`)).status).toBe(404)
    expect((await get(`/az/news/${doc.slug}`)).status).toBe(404)

    const staffView = await get(`/api/articles/${doc.id}?draft=true`, { headers: { authorization: `JWT ${token}` } })
    expect(staffView.status).toBe(200)
  })

  it('refuses to let the public write articles', async () => {
    const response = await get('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Spam', _status: 'published' }),
    })
    expect(response.status).toBe(403)
  })
})
