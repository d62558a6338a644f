import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
let editor: User
let translator: User

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  const staff = (role: User['role'], email: string) =>
    payload.create({ collection: 'users', data: { name: role, email, password: 'password-123456', role } })
  await staff('admin', 'admin@workflow.test')
  editor = await staff('editor', 'editor@workflow.test')
  translator = await staff('translator', 'translator@workflow.test')
})

afterAll(async () => {
  await close()
})

/** What a reader sees at /{locale}/news/{slug}. */
const publicBySlug = async (locale: 'az' | 'en' | 'ru', slug: string) =>
  (await payload.find({ collection: 'articles', locale, overrideAccess: false, where: { slug: { equals: slug } } })).docs[0]

describe('publishing per locale', () => {
  it('keeps a translation saved as a draft off the live site until that locale is published', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'az',
      user: editor,
      overrideAccess: false,
      data: { title: 'Gəncədə yeni park açılıb', _status: 'published' },
    })
    const asEditor = { collection: 'articles' as const, id: article.id, user: editor, overrideAccess: false }

    await payload.update({ ...asEditor, locale: 'ru', draft: true, data: { title: 'В Гяндже открылся новый парк', _status: 'draft' } })
    await payload.update({ ...asEditor, locale: 'en', draft: true, data: { title: 'New park opens in Ganja', _status: 'draft' } })
    expect(await publicBySlug('az', 'gencede-yeni-park-achilib')).toBeDefined()
    expect(await publicBySlug('en', 'new-park-opens-in-ganja')).toBeUndefined()

    await payload.update({ ...asEditor, locale: 'en', publishSpecificLocale: 'en', data: { _status: 'published' } })

    expect((await publicBySlug('en', 'new-park-opens-in-ganja'))?.title).toBe('New park opens in Ganja')
    expect((await publicBySlug('az', 'gencede-yeni-park-achilib'))?.title).toBe('Gəncədə yeni park açılıb')
    expect(await publicBySlug('ru', 'v-gyandzhe-otkrylsya-novyy-park')).toBeUndefined()
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft when its scheduled job runs', async () => {
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      user: editor,
      overrideAccess: false,
      data: { title: 'Sabah səhər dərc olunacaq xəbər', _status: 'draft' },
    })
    expect(await publicBySlug('az', 'sabah-seher-derc-olunacaq-xeber')).toBeUndefined()

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 60_000),
    })
    await payload.jobs.run()
    expect(await publicBySlug('az', 'sabah-seher-derc-olunacaq-xeber')).toBeUndefined()

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    const published = await publicBySlug('az', 'sabah-seher-derc-olunacaq-xeber')
    expect(published?._status).toBe('published')
    expect(published?.publishedAt).toBeTruthy()
  })

  it('does not publish what a translator scheduled', async () => {
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      user: editor,
      overrideAccess: false,
      data: { title: 'Tərcüməçinin planladığı xəbər', _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: translator.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    expect(await publicBySlug('az', 'tercumechinin-planladigi-xeber')).toBeUndefined()
  })
})

describe('revalidation', () => {
  const capture = () => {
    const tags: string[] = []
    return { tags, context: { onRevalidate: (expired: string[]) => tags.push(...expired) } }
  }

  it('expires the article and the lists when it is published, changed while live, unpublished or deleted', async () => {
    const created = capture()
    const article = await payload.create({
      collection: 'articles',
      locale: 'az',
      context: created.context,
      data: { title: 'Yenilənən xəbər', _status: 'published' },
    })
    expect(created.tags).toEqual(['articles', `article:${article.id}`])

    const changed = capture()
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', context: changed.context, data: { title: 'Updated story' } })
    expect(changed.tags).toEqual(['articles', `article:${article.id}`])

    const unpublished = capture()
    await payload.update({ collection: 'articles', id: article.id, context: unpublished.context, data: { _status: 'draft' } })
    expect(unpublished.tags).toEqual(['articles', `article:${article.id}`])

    const deleted = capture()
    await payload.delete({ collection: 'articles', id: article.id, context: deleted.context })
    expect(deleted.tags).toEqual(['articles', `article:${article.id}`])
  })

  it("expires the site settings when a media item changes: it may be the site's logo", async () => {
    const data = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>')
    const logo = await payload.create({
      collection: 'media',
      locale: 'az',
      data: { alt: 'Loqo' },
      file: { data, mimetype: 'image/svg+xml', name: 'revalidated-logo.svg', size: data.length },
    })
    const changed = capture()
    await payload.update({ collection: 'media', id: logo.id, locale: 'en', context: changed.context, data: { alt: 'Logo' } })
    expect(changed.tags).toContain('site-settings')
  })

  it('leaves caches alone for drafts nobody reads, and when seeding turns it off', async () => {
    const draft = capture()
    await payload.create({ collection: 'articles', locale: 'az', context: draft.context, data: { title: 'Qaralama', _status: 'draft' } })
    expect(draft.tags).toEqual([])

    const seeded = capture()
    await payload.create({
      collection: 'articles',
      locale: 'az',
      context: { ...seeded.context, disableRevalidate: true },
      data: { title: 'Toxum', _status: 'published' },
    })
    expect(seeded.tags).toEqual([])
  })
})
