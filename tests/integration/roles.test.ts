import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Article, User } from '@/payload-types'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
const staff: Partial<Record<User['role'], User>> = {}
let article: Article

const as = (role: User['role']) => ({ user: staff[role], overrideAccess: false })

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  for (const role of ['admin', 'editor', 'translator', 'moderator'] as const) {
    staff[role] = await payload.create({
      collection: 'users',
      data: { name: role, email: `${role}@roles.test`, password: 'password-123456', role },
    })
  }
  article = await payload.create({
    collection: 'articles',
    locale: 'az',
    data: { title: 'Xocalı faciəsinin ildönümü', publishedAt: '2026-02-26T08:00:00.000Z', _status: 'published' },
  })
})

afterAll(async () => {
  await close()
})

describe('accounts', () => {
  it('make the very first account an admin', async () => {
    expect(staff.admin?.role).toBe('admin')
    const first = await payload.find({ collection: 'users', sort: 'createdAt', limit: 1 })
    expect(first.docs[0].role).toBe('admin')
  })

  it('let only admins create accounts or change roles', async () => {
    await expect(
      payload.create({ collection: 'users', ...as('editor'), data: { name: 'x', email: 'x@roles.test', password: 'password-123456', role: 'editor' } }),
    ).rejects.toMatchObject({ status: 403 })
    const promoted = await payload.update({ collection: 'users', id: staff.editor!.id, ...as('editor'), data: { role: 'admin', name: 'Renamed editor' } })
    expect([promoted.role, promoted.name]).toEqual(['editor', 'Renamed editor'])
    const byAdmin = await payload.update({ collection: 'users', id: staff.moderator!.id, ...as('admin'), data: { role: 'moderator' } })
    expect(byAdmin.role).toBe('moderator')
  })

  it('hide other accounts from everyone but admins', async () => {
    const seenByEditor = await payload.find({ collection: 'users', ...as('editor') })
    expect(seenByEditor.docs.map((u) => u.email)).toEqual(['editor@roles.test'])
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})

describe('translators', () => {
  it('translate localized fields, including the slug outside Azerbaijani, as drafts', async () => {
    const saved = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ru',
      draft: true,
      ...as('translator'),
      data: { title: 'Годовщина Ходжалинской трагедии', _status: 'draft' },
    })
    expect([saved.title, saved.slug]).toEqual(['Годовщина Ходжалинской трагедии', 'godovshchina-khodzhalinskoy-tragedii'])
  })

  it('cannot change non-localized fields or the Azerbaijani slug', async () => {
    const saved = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      draft: true,
      ...as('translator'),
      data: { publishedAt: '2000-01-01T00:00:00.000Z', slug: 'hijacked', title: 'Xocalı faciəsinin 34-cü ildönümü', _status: 'draft' },
    })
    expect(saved.publishedAt).toBe('2026-02-26T08:00:00.000Z')
    expect(saved.slug).toBe('xocali-faciesinin-ildonumu')
    expect(saved.title).toBe('Xocalı faciəsinin 34-cü ildönümü')
  })

  it('cannot publish, unpublish, create or delete', async () => {
    const id = article.id
    await expect(
      payload.update({ collection: 'articles', id, locale: 'en', ...as('translator'), data: { title: 'Published by a translator', _status: 'published' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'articles', id, ...as('translator'), data: { _status: 'draft' } })).rejects.toMatchObject({
      status: 403,
    })
    await expect(payload.create({ collection: 'articles', ...as('translator'), data: { title: 'New' } })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'articles', id, ...as('translator') })).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'articles', id }))._status).toBe('published')
  })

  it('read drafts, which moderators and the public cannot', async () => {
    const draft = await payload.create({ collection: 'articles', locale: 'az', data: { title: 'Redaksiya qaralaması', _status: 'draft' } })
    const ids = async (role?: User['role']) =>
      (await payload.find({ collection: 'articles', draft: true, overrideAccess: false, user: role ? staff[role] : undefined, limit: 50 })).docs.map(
        (doc) => doc.id,
      )
    expect(await ids('translator')).toContain(draft.id)
    expect(await ids('moderator')).not.toContain(draft.id)
    expect(await ids()).not.toContain(draft.id)
  })
})

describe('slugs', () => {
  it('are made from Azerbaijani and Russian titles and unique within a language', async () => {
    const a = await payload.create({ collection: 'articles', locale: 'az', data: { title: 'Şuşa çağırır: ölkə ğ ı ə', _status: 'draft' } })
    expect(a.slug).toBe('shusha-chagirir-olke-g-i-e')
    await expect(
      payload.create({ collection: 'articles', locale: 'az', data: { title: 'Başqa', slug: 'shusha-chagirir-olke-g-i-e' } }),
    ).rejects.toMatchObject({ status: 400 })
    const ru = await payload.update({ collection: 'articles', id: a.id, locale: 'ru', data: { title: 'Шуша зовёт' } })
    expect(ru.slug).toBe('shusha-zovyot')
    // The same slug in another language is a different address, so it is allowed.
    const en = await payload.update({ collection: 'articles', id: a.id, locale: 'en', data: { title: 'x', slug: 'shusha-chagirir-olke-g-i-e' } })
    expect(en.slug).toBe('shusha-chagirir-olke-g-i-e')
  })
})

describe('media', () => {
  const png = async () => {
    const data = await sharp({ create: { width: 1800, height: 900, channels: 3, background: '#8a1c1c' } }).png().toBuffer()
    return { data, mimetype: 'image/png', name: 'memorial.png', size: data.length }
  }

  it('refuse an image without alt text', async () => {
    await expect(payload.create({ collection: 'media', locale: 'az', data: {} as never, file: await png() })).rejects.toMatchObject({
      status: 400,
    })
  })

  it('store alt text per language and generate the responsive sizes', async () => {
    const media = await payload.create({ collection: 'media', locale: 'az', data: { alt: '«Ana harayı» abidəsi' }, file: await png() })
    await payload.update({ collection: 'media', id: media.id, locale: 'en', data: { alt: 'The Call of the Mother monument' } })
    const en = await payload.findByID({ collection: 'media', id: media.id, locale: 'en' })
    expect(en.alt).toBe('The Call of the Mother monument')
    expect(media.sizes?.card?.width).toBe(800)
    expect(media.sizes?.hero?.width).toBe(1600)
    expect(media.sizes?.thumbnail?.mimeType).toBe('image/webp')
    // The share card for link previews: exactly 1200×630, JPEG.
    expect(media.sizes?.og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
  })
})
