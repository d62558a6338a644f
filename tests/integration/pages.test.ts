import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { listTranslationWork } from '@/lib/translation/worklist'
import type { User } from '@/payload-types'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
let editor: User
let translator: User
let moderator: User

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  const staff = (role: User['role'], email: string) => payload.create({ collection: 'users', data: { name: role, email, password: 'password-123456', role } })
  await staff('admin', 'admin@pages.test')
  editor = await staff('editor', 'editor@pages.test')
  translator = await staff('translator', 'translator@pages.test')
  moderator = await staff('moderator', 'moderator@pages.test')
})

afterAll(async () => {
  await close()
})

/** Payload's Forbidden (its message is in the admin's default language, Azerbaijani). */
const FORBIDDEN = { status: 403 }

/** What a reader sees at /{locale}/page/{slug}. */
const publicBySlug = async (locale: 'az' | 'en', slug: string) =>
  (await payload.find({ collection: 'pages', locale, overrideAccess: false, where: { slug: { equals: slug } } })).docs[0]

describe('standing pages', () => {
  it('keep a draft from the public and moderators, and show it to translators and editors', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'az',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: 'Reklam', purpose: 'about', _status: 'draft' },
    })
    expect(page.slug).toBe('reklam')
    expect(await publicBySlug('az', 'reklam')).toBeUndefined()
    const asModerator = await payload.find({ collection: 'pages', user: moderator, overrideAccess: false, draft: true, where: { id: { equals: page.id } } })
    expect(asModerator.docs).toHaveLength(0)
    const asTranslator = await payload.find({ collection: 'pages', user: translator, overrideAccess: false, draft: true, where: { id: { equals: page.id } } })
    expect(asTranslator.docs).toHaveLength(1)

    await expect(payload.findVersions({ collection: 'pages', overrideAccess: false, where: { parent: { equals: page.id } } })).rejects.toMatchObject(FORBIDDEN)
    const versions = await payload.findVersions({ collection: 'pages', user: translator, overrideAccess: false, where: { parent: { equals: page.id } } })
    expect(versions.totalDocs).toBeGreaterThan(0)

    await payload.update({ collection: 'pages', id: page.id, locale: 'az', user: editor, overrideAccess: false, data: { _status: 'published' } })
    expect((await publicBySlug('az', 'reklam'))?.title).toBe('Reklam')
    await payload.delete({ collection: 'pages', id: page.id, user: editor, overrideAccess: false })
  })

  it('let a translator save a translation as a draft, never publish it, create a page or change its purpose', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'az',
      user: editor,
      overrideAccess: false,
      data: { title: 'Əlaqə', purpose: 'contact', footerOrder: 4, _status: 'published' },
    })
    const asTranslator = { collection: 'pages' as const, id: page.id, user: translator, overrideAccess: false }

    await payload.update({ ...asTranslator, locale: 'en', draft: true, data: { title: 'Contact', purpose: 'privacy', footerOrder: 9 } })
    const draft = await payload.findByID({ ...asTranslator, locale: 'en', draft: true, fallbackLocale: false })
    expect([draft.title, draft.purpose, draft.footerOrder]).toEqual(['Contact', 'contact', 4])
    expect(await publicBySlug('en', 'contact')).toBeUndefined()

    await expect(payload.update({ ...asTranslator, locale: 'en', data: { _status: 'published' } })).rejects.toMatchObject(FORBIDDEN)
    await expect(payload.update({ ...asTranslator, locale: 'en', publishSpecificLocale: 'en', data: { _status: 'published' } })).rejects.toMatchObject(
      FORBIDDEN,
    )
    await expect(
      payload.create({ collection: 'pages', locale: 'az', user: translator, overrideAccess: false, data: { title: 'Yeni səhifə', _status: 'draft' } }),
    ).rejects.toMatchObject(FORBIDDEN)

    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      publishSpecificLocale: 'en',
      data: { title: 'Contact', _status: 'published' },
    })
    expect((await publicBySlug('en', 'contact'))?.title).toBe('Contact')
    expect((await publicBySlug('az', 'elaqe'))?.title).toBe('Əlaqə')
  })

  it('refuse a second page with the same purpose, drafts included, naming the page that has it', async () => {
    await payload.create({
      collection: 'pages',
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { title: 'Corrections policy', purpose: 'corrections-policy', _status: 'published' },
    })
    const clash = payload.create({
      collection: 'pages',
      locale: 'en',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: 'Corrections', purpose: 'corrections-policy', _status: 'draft' },
    })
    await expect(clash).rejects.toMatchObject({
      data: {
        errors: [
          { path: 'purpose', message: 'Bu təyinat artıq «Corrections policy» səhifəsinə verilib. Başqasını seçin və ya əvvəlcə həmin səhifədən götürün.' },
        ],
      },
    })

    const other = await payload.create({
      collection: 'pages',
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { title: 'Ethics', purpose: 'ethics', _status: 'published' },
    })
    await expect(
      payload.update({
        collection: 'pages',
        id: other.id,
        locale: 'en',
        user: editor,
        overrideAccess: false,
        draft: true,
        data: { purpose: 'corrections-policy' },
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'purpose' })] } })
    // Saving a page again with its own purpose is no clash.
    await payload.update({
      collection: 'pages',
      id: other.id,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { purpose: 'ethics', title: 'Ethics policy' },
    })
    expect((await payload.findByID({ collection: 'pages', id: other.id, locale: 'en' })).title).toBe('Ethics policy')
  })

  it('appear in the translators’ work list when a translation is missing', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'az',
      user: editor,
      overrideAccess: false,
      data: { title: 'Məxfilik siyasəti', purpose: 'privacy', _status: 'published' },
    })
    const work = await listTranslationWork(payload, translator)
    const items = work.filter((item) => item.collection === 'pages' && item.id === page.id)
    expect(items.map((item) => [item.locale, item.state, item.missing])).toEqual([
      ['en', 'missing', ['title']],
      ['ru', 'missing', ['title']],
    ])
    expect(items[0].href).toBe(`/admin/collections/pages/${page.id}?locale=en`)
  })
})

describe('an author’s articles', () => {
  it('are the ones published in that language, newest first, ten to a page', async () => {
    const author = await payload.create({
      collection: 'authors',
      locale: 'az',
      data: { name: 'Aysel Məmmədova', links: [{ label: 'X', url: 'https://x.example/aysel' }] },
    })
    await payload.update({ collection: 'authors', id: author.id, locale: 'en', data: { name: 'Aysel Mammadova' } })
    const other = await payload.create({ collection: 'authors', locale: 'az', data: { name: 'Başqa müəllif' } })
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9)).toISOString()
    for (let n = 1; n <= 12; n++) {
      const article = await payload.create({
        collection: 'articles',
        locale: 'az',
        data: { title: `Müəllif yazısı ${n}`, authors: n === 12 ? [other.id] : [author.id, other.id], publishedAt: day(n), _status: 'published' },
      })
      // Only the first three are translated into English.
      if (n <= 3) await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { title: `Author story ${n}`, _status: 'published' } })
    }
    await payload.create({
      collection: 'articles',
      locale: 'az',
      draft: true,
      data: { title: 'Qaralama', authors: [author.id], publishedAt: day(20), _status: 'draft' },
    })

    // Imported here: the gateway loads the Payload config, which must see the test's DATABASE_URI (set by bootPayload).
    const { findArticles } = await import('@/lib/data/listings')
    const first = await findArticles('az', { authors: { equals: author.id } }, 1)
    expect([first.totalDocs, first.totalPages]).toEqual([11, 2])
    expect(first.docs.map((doc) => doc.title).slice(0, 2)).toEqual(['Müəllif yazısı 11', 'Müəllif yazısı 10'])
    const second = await findArticles('az', { authors: { equals: author.id } }, 2)
    expect(second.docs.map((doc) => doc.title)).toEqual(['Müəllif yazısı 1'])
    const english = await findArticles('en', { authors: { equals: author.id } }, 1)
    expect(english.docs.map((doc) => doc.title)).toEqual(['Author story 3', 'Author story 2', 'Author story 1'])

    const saved = await payload.findByID({ collection: 'authors', id: author.id, locale: 'en' })
    expect([saved.slug, saved.links?.map((link) => link.url)]).toEqual(['aysel-mammadova', ['https://x.example/aysel']])
  })

  it('links must be https', async () => {
    await expect(
      payload.create({ collection: 'authors', locale: 'az', data: { name: 'Link yoxlaması', links: [{ label: 'Sayt', url: 'http://example.com' }] } }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message: 'Keçid https:// ilə başlamalıdır.' })] },
    })
  })
})
