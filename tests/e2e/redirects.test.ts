import { beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, get } from './env'
import { languageSitemapText } from './sitemaps'

/**
 * Renamed slugs and editors' redirects over HTTP against the running app: an old address answers a redirect
 * in its own language only, chains take one hop, a slug taken again wins, editors' redirects keep their code,
 * a refused redirect is a 400 naming its field, and sitemaps list only current addresses.
 */

let token: string
const json = { 'content-type': 'application/json' }
const asAdmin = () => ({ ...json, authorization: `JWT ${token}` })
const run = Date.now().toString(36)

beforeAll(async () => {
  const response = await get('/api/users/login', { method: 'POST', headers: json, body: JSON.stringify(ADMIN) })
  token = ((await response.json()) as { token: string }).token
})

type Doc = { id: number; slug: string }
type Slugs = { az: string; en: string; ru: string }

async function api(method: string, path: string, body?: unknown) {
  const response = await get(`/api${path}`, { method, headers: asAdmin(), body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, body: (await response.json()) as { doc?: Doc; errors?: { data?: { errors?: { path: string; message: string }[] } }[] } }
}

/** A published article in az, en and ru (its slugs made from these titles), with its slug in each. */
async function publishedArticle(name: string): Promise<Doc & { slugs: Slugs }> {
  const { status, body } = await api('POST', '/articles?locale=az', { title: `Köhnə ${name} ${run}`, _status: 'published' })
  expect(status).toBe(201)
  const id = body.doc!.id
  for (const [locale, title] of [
    ['en', `Old ${name} ${run}`],
    ['ru', `Старый ${name} ${run}`],
  ]) {
    expect((await api('PATCH', `/articles/${id}?locale=${locale}`, { title, _status: 'published' })).status).toBe(200)
  }
  const slugs = ((await api('GET', `/articles/${id}?locale=all&depth=0`)).body as unknown as { slug: Slugs }).slug
  return { ...body.doc!, slugs }
}

const rename = async (id: number, locale: string, slug: string) => expect((await api('PATCH', `/articles/${id}?locale=${locale}`, { slug, _status: 'published' })).status).toBe(200)

const visit = async (path: string) => {
  const response = await get(path)
  await response.arrayBuffer()
  return { status: response.status, location: response.headers.get('location'), cacheControl: response.headers.get('cache-control') }
}

describe('a renamed slug', () => {
  it('answers 308 to the new address in that language only', async () => {
    const { id, slugs } = await publishedArticle('ad')
    const en = slugs.en
    const renamed = `new-ad-${run}`
    expect((await visit(`/en/news/${en}`)).status).toBe(200)

    await rename(id, 'en', renamed)

    const old = await visit(`/en/news/${en}?utm_source=feed`)
    expect(old.status).toBe(308)
    expect(old.location).toBe(`/en/news/${renamed}?utm_source=feed`)
    expect(old.cacheControl).toBe('public, max-age=300')
    expect((await visit(`/en/news/${renamed}`)).status).toBe(200)
    // The other languages keep their addresses; the old English slug was never a Russian address.
    expect((await visit(`/az/news/${slugs.az}`)).status).toBe(200)
    expect((await visit(`/ru/news/${slugs.ru}`)).status).toBe(200)
    expect((await visit(`/ru/news/${en}`)).status).toBe(404)

    // Sitemaps list current addresses only.
    const sitemap = await languageSitemapText('en')
    expect(sitemap).toContain(`/en/news/${renamed}<`)
    expect(sitemap).not.toContain(`/en/news/${en}<`)
  })

  it('collapses a chain of renames to one hop', async () => {
    const { id, slug } = await publishedArticle('zəncir')
    await rename(id, 'az', `zencir-b-${run}`)
    await rename(id, 'az', `zencir-c-${run}`)
    for (const old of [slug, `zencir-b-${run}`]) {
      expect(await visit(`/az/news/${old}`)).toMatchObject({ status: 308, location: `/az/news/zencir-c-${run}` })
    }
  })

  it('is given up to an article that takes the old slug', async () => {
    const { id, slug } = await publishedArticle('sahib')
    await rename(id, 'az', `sahib-yeni-${run}`)
    expect((await visit(`/az/news/${slug}`)).status).toBe(308)

    const { status } = await api('POST', '/articles?locale=az', { title: `Başqa ${run}`, slug, _status: 'published' })
    expect(status).toBe(201)
    expect((await visit(`/az/news/${slug}`)).status).toBe(200)
  })
})

describe('editors’ redirects', () => {
  it('answers with their own code, from any path of the site', async () => {
    const target = await publishedArticle('hədəf')
    const created = await api('POST', '/redirects', { from: `/kohne-bolme-${run}/`, to: { type: 'reference', reference: { relationTo: 'articles', value: target.id } }, type: '301' })
    expect(created.status).toBe(201)
    const moved = await visit(`/kohne-bolme-${run}`)
    expect(moved).toMatchObject({ status: 301, location: `/az/news/${target.slug}`, cacheControl: 'public, max-age=300' })

    const temporary = await api('POST', '/redirects', { from: `/en/news/campaign-${run}`, to: { type: 'custom', url: '/en/remembrance' }, type: '307' })
    expect(temporary.status).toBe(201)
    expect(await visit(`/en/news/campaign-${run}`)).toMatchObject({ status: 307, location: '/en/remembrance', cacheControl: 'no-store' })
  })

  it('refuses one that leaves the site with 400 and the field’s reason, saving nothing', async () => {
    const from = `/bashqa-sayt-${run}`
    const refused = await api('POST', '/redirects', { from, to: { type: 'custom', url: 'https://evil.example/az' }, type: '301' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.data?.errors).toEqual([{ path: 'to.url', message: expect.stringMatching(/saytdan kənara|leaves the site|за пределы сайта/) }])
    expect((await visit(from)).status).toBe(404)
    const { body } = await api('GET', `/redirects?where[from][equals]=${from}`)
    expect((body as unknown as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('is not answered to anyone but the server itself', async () => {
    const response = await get('/api/redirects/resolve', { method: 'POST', headers: json, body: JSON.stringify({ path: '/x' }) })
    expect(response.status).toBe(404)
    expect((await get('/api/redirects')).status).toBe(403)
  })
})
