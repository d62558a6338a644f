import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { az } from '@/i18n/admin/az'
import { resolveRedirect } from '@/lib/redirects/resolve'
import type { Redirect, User } from '@/payload-types'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
let editor: User
let translator: User

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  const staff = (role: User['role'], email: string) => payload.create({ collection: 'users', data: { name: role, email, password: 'password-123456', role } })
  editor = await staff('editor', 'editor@redirects.test')
  translator = await staff('translator', 'translator@redirects.test')
})

afterAll(async () => {
  await close()
})

type Locale = 'az' | 'en' | 'ru'
const noRevalidate = { disableRevalidate: true }

/** A published article with a title (and so a slug) in each language given. */
async function publishedArticle(titles: Partial<Record<Locale, string>>) {
  const { az, ...others } = titles
  const article = await payload.create({ collection: 'articles', locale: 'az', context: noRevalidate, data: { title: az ?? 'Başlıq', _status: 'published' } })
  for (const [locale, title] of Object.entries(others) as [Locale, string][]) {
    await payload.update({ collection: 'articles', id: article.id, locale, context: noRevalidate, data: { title, _status: 'published' } })
  }
  return article.id
}

/** Publishes a new slug in one language, as an editor does in the admin. */
const rename = (id: number, locale: Locale, slug: string, user: User = editor) =>
  payload.update({ collection: 'articles', id, locale, user, overrideAccess: false, context: noRevalidate, data: { slug, _status: 'published' } })

const historyOf = async (id: number) => {
  const doc = await payload.findByID({ collection: 'articles', id, locale: 'all', depth: 0 })
  const rows = (doc.previousSlugs ?? {}) as unknown as Partial<Record<Locale, { slug: string }[]>>
  return Object.fromEntries(Object.entries(rows).map(([locale, list]) => [locale, list.map((row) => row.slug)]))
}

const resolve = (path: string) => resolveRedirect(payload, path)

/** The admin's message (Azerbaijani, the admin's default language) up to its first placeholder. */
const says = (key: keyof typeof az) => expect.stringContaining(az[key].split('{{')[0])

describe('slug history', () => {
  it('keeps a published slug changed in one language for that language only', async () => {
    const id = await publishedArticle({ az: 'Bakıda qar yağdı', en: 'Snow in Baku', ru: 'В Баку выпал снег' })
    await rename(id, 'en', 'snowfall-in-baku')

    expect(await historyOf(id)).toEqual({ en: ['snow-in-baku'] })
    expect(await resolve('/en/news/snow-in-baku')).toEqual({ path: '/en/news/snowfall-in-baku', search: '', status: 308 })
    // The same slug under another language was never an address there.
    expect(await resolve('/ru/news/snow-in-baku')).toBeNull()
    expect(await resolve('/az/news/snow-in-baku')).toBeNull()
    // The current slugs are pages, not redirects.
    expect(await resolve('/en/news/snowfall-in-baku')).toBeNull()
    expect(await resolve('/ru/news/v-baku-vypal-sneg')).toBeNull()
  })

  it('collapses a chain of renames to one hop, without duplicates or the current slug', async () => {
    const id = await publishedArticle({ az: 'Zəncir a' })
    await rename(id, 'az', 'zencir-b')
    await rename(id, 'az', 'zencir-c')
    await rename(id, 'az', 'zencir-b')
    await rename(id, 'az', 'zencir-d')

    expect((await historyOf(id))?.az).toEqual(['zencir-a', 'zencir-c', 'zencir-b'])
    for (const old of ['zencir-a', 'zencir-b', 'zencir-c']) {
      expect(await resolve(`/az/news/${old}`)).toEqual({ path: '/az/news/zencir-d', search: '', status: 308 })
    }
  })

  it('ignores draft slugs and a client’s own value for the history', async () => {
    const id = await publishedArticle({ az: 'Qaralama slaq' })
    await payload.update({ collection: 'articles', id, locale: 'az', draft: true, context: noRevalidate, data: { slug: 'qaralama-bir', _status: 'draft' } })
    await payload.update({ collection: 'articles', id, locale: 'az', draft: true, context: noRevalidate, data: { slug: 'qaralama-iki', _status: 'draft' } })
    await payload.update({
      collection: 'articles',
      id,
      locale: 'az',
      user: editor,
      overrideAccess: false,
      context: noRevalidate,
      data: { slug: 'qaralama-son', previousSlugs: [{ slug: 'ogurlanmish-unvan' }], _status: 'published' },
    })

    expect((await historyOf(id))?.az).toEqual(['qaralama-slaq'])
    expect(await resolve('/az/news/qaralama-bir')).toBeNull()
    expect(await resolve('/az/news/ogurlanmish-unvan')).toBeNull()
  })

  it('records a translator’s change of an English slug', async () => {
    const id = await publishedArticle({ az: 'Tərcüməçi slaqı', en: 'Translator slug' })
    // A translator saves the translation; an editor publishes it.
    await payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      user: translator,
      overrideAccess: false,
      draft: true,
      context: noRevalidate,
      data: { slug: 'translators-slug' },
    })
    await payload.update({
      collection: 'articles',
      id,
      locale: 'az',
      user: editor,
      overrideAccess: false,
      context: noRevalidate,
      data: { _status: 'published' },
    })

    expect((await historyOf(id))?.en).toEqual(['translator-slug'])
    expect(await resolve('/en/news/translator-slug')).toEqual({ path: '/en/news/translators-slug', search: '', status: 308 })
  })

  it('lets another article take an old slug, which then wins over the history', async () => {
    const first = await publishedArticle({ az: 'Köhnə ad' })
    await rename(first, 'az', 'yeni-ad')
    expect(await resolve('/az/news/kohne-ad')).toMatchObject({ path: '/az/news/yeni-ad' })

    await publishedArticle({ az: 'Köhnə ad' })
    expect(await resolve('/az/news/kohne-ad')).toBeNull()
  })

  it('forgets the history with the document', async () => {
    const id = await publishedArticle({ az: 'Silinəcək xəbər' })
    await rename(id, 'az', 'silinecek-xeber-2')
    expect(await resolve('/az/news/silinecek-xeber')).not.toBeNull()

    await payload.delete({ collection: 'articles', id, context: noRevalidate })
    expect(await resolve('/az/news/silinecek-xeber')).toBeNull()
  })

  it('keeps remembrance events’ old slugs the same way', async () => {
    const event = await payload.create({
      collection: 'remembrance-events',
      locale: 'az',
      context: noRevalidate,
      data: { name: 'Xatirə günü', startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 }, _status: 'published' },
    })
    await payload.update({
      collection: 'remembrance-events',
      id: event.id,
      locale: 'az',
      context: noRevalidate,
      data: { slug: 'xatire-gunu-2', _status: 'published' },
    })
    expect(await resolve('/az/remembrance/xatire-gunu')).toEqual({ path: '/az/remembrance/xatire-gunu-2', search: '', status: 308 })
  })
})

describe('editors’ redirects', () => {
  const create = (data: Partial<Redirect> & { from: string }) =>
    payload.create({ collection: 'redirects', user: editor, overrideAccess: false, context: noRevalidate, data: { type: '301', ...data } as Redirect })

  /** The message Payload's ValidationError carries for a field. */
  async function refusal(data: Partial<Redirect> & { from: string }) {
    const before = (await payload.count({ collection: 'redirects' })).totalDocs
    const error = await create(data).then(
      () => null,
      (caught: unknown) => caught as { status?: number; data?: { errors?: { path: string; message: string }[] } },
    )
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(before)
    expect(error?.status).toBe(400)
    return error?.data?.errors?.[0]
  }

  it('redirects a path to a document in the path’s language, with its code', async () => {
    const id = await publishedArticle({ az: 'Redaktor hədəfi', en: 'Editor target' })
    await create({ from: '/en/old-section/story/', to: { type: 'reference', reference: { relationTo: 'articles', value: id } }, type: '302' })
    await create({ from: '/kohne-sehife', to: { type: 'custom', url: '/az/remembrance?from=old' } })

    const stored = await payload.find({ collection: 'redirects', where: { from: { equals: '/en/old-section/story' } } })
    expect(stored.totalDocs).toBe(1)
    expect(await resolve('/en/old-section/story')).toEqual({ path: '/en/news/editor-target', search: '', status: 302 })
    expect(await resolve('/kohne-sehife')).toEqual({ path: '/az/remembrance', search: '?from=old', status: 301 })
  })

  it('follows a redirect whose target was renamed since to the final page', async () => {
    const id = await publishedArticle({ az: 'Hədəf dəyişir' })
    await create({ from: '/az/xeberler/hedef', to: { type: 'custom', url: 'http://localhost:3000/az/news/hedef-deyishir' } })
    await rename(id, 'az', 'hedef-deyishdi')
    expect(await resolve('/az/xeberler/hedef')).toEqual({ path: '/az/news/hedef-deyishdi', search: '', status: 301 })
  })

  it('refuses, with the reason and nothing saved, a redirect that leaves the site, loops, collides or leads nowhere', async () => {
    const id = await publishedArticle({ az: 'Mövcud səhifə' })
    await create({ from: '/tutulmush', to: { type: 'custom', url: '/az/news/movcud-sehife' } })

    expect(await refusal({ from: 'https://evil.example/x', to: { type: 'custom', url: '/az' } })).toMatchObject({
      path: 'from',
      message: says('redirects.from.leavesSite'),
    })
    expect(await refusal({ from: 'relative/path', to: { type: 'custom', url: '/az' } })).toMatchObject({
      path: 'from',
      message: says('redirects.from.notAPath'),
    })
    expect(await refusal({ from: '/api/users', to: { type: 'custom', url: '/az' } })).toMatchObject({ path: 'from', message: says('redirects.from.notAPage') })
    expect(await refusal({ from: '/admin', to: { type: 'custom', url: '/az' } })).toMatchObject({ path: 'from' })
    expect(await refusal({ from: '/a/../admin', to: { type: 'custom', url: '/az' } })).toMatchObject({ path: 'from' })
    expect(await refusal({ from: '/x?y=1', to: { type: 'custom', url: '/az' } })).toMatchObject({ path: 'from', message: says('redirects.from.hasQuery') })
    expect(await refusal({ from: '/tutulmush/', to: { type: 'custom', url: '/az' } })).toMatchObject({ path: 'from', message: says('redirects.from.taken') })
    expect(await refusal({ from: '/az/news/movcud-sehife', to: { type: 'custom', url: '/az' } })).toMatchObject({
      path: 'from',
      message: says('redirects.from.livePage'),
    })
    expect(await refusal({ from: '/az/search', to: { type: 'custom', url: '/az' } })).toMatchObject({ path: 'from', message: says('redirects.from.livePage') })

    for (const url of ['https://evil.example/az', '//evil.example/az', 'javascript:alert(1)', 'http://localhost:4000/az']) {
      expect(await refusal({ from: '/bir-yer', to: { type: 'custom', url } })).toMatchObject({ path: 'to.url', message: says('redirects.to.leavesSite') })
    }
    expect(await refusal({ from: '/bir-yer', to: { type: 'custom', url: '/az/news/yoxdur' } })).toMatchObject({
      path: 'to.url',
      message: says('redirects.to.missing'),
    })
    expect(await refusal({ from: '/bir-yer', to: { type: 'custom', url: '/bir-yer' } })).toMatchObject({ path: 'to.url', message: says('redirects.to.loop') })
    expect(await refusal({ from: '/bir-yer', to: { type: 'custom', url: '/tutulmush' } })).toMatchObject({
      path: 'to.url',
      message: says('redirects.to.missing'),
    })

    const draft = await payload.create({ collection: 'articles', locale: 'az', context: noRevalidate, data: { title: 'Qaralama hədəf', _status: 'draft' } })
    expect(await refusal({ from: '/bir-yer', to: { type: 'reference', reference: { relationTo: 'articles', value: draft.id } } })).toMatchObject({
      path: 'to.reference',
      message: says('redirects.to.missing'),
    })
    expect(id).toBeGreaterThan(0)
  })

  it('refuses a change that would break a saved redirect, and keeps the old one', async () => {
    await publishedArticle({ az: 'Dəyişən hədəf' })
    const saved = await create({ from: '/deyishen', to: { type: 'custom', url: '/az/news/deyishen-hedef' } })
    await expect(
      payload.update({
        collection: 'redirects',
        id: saved.id,
        user: editor,
        overrideAccess: false,
        context: noRevalidate,
        data: { to: { type: 'custom', url: 'https://evil.example' } },
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await payload.findByID({ collection: 'redirects', id: saved.id })).to?.url).toBe('/az/news/deyishen-hedef')
  })

  it('lets a slug history win over an editor’s redirect, and a current slug over both', async () => {
    const id = await publishedArticle({ az: 'Sıra' })
    await rename(id, 'az', 'sira-yeni')
    const other = await publishedArticle({ az: 'Başqa hədəf' })
    await create({ from: '/az/news/sira-kohne', to: { type: 'reference', reference: { relationTo: 'articles', value: other } } })
    expect(await resolve('/az/news/sira')).toMatchObject({ path: '/az/news/sira-yeni', status: 308 })
    expect(await resolve('/az/news/sira-kohne')).toMatchObject({ path: '/az/news/bashqa-hedef', status: 301 })
    await rename(id, 'az', 'sira-kohne')
    expect(await resolve('/az/news/sira-kohne')).toBeNull()
  })

  it('is read and written by editors and admins only', async () => {
    await expect(payload.find({ collection: 'redirects', user: translator, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'redirects', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    expect((await payload.find({ collection: 'redirects', user: editor, overrideAccess: false })).totalDocs).toBeGreaterThan(0)
  })
})
