import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { translationStatus, TRANSLATED_FIELDS, type TrackedDoc } from '@/lib/translation/status'
import { listTranslationWork } from '@/lib/translation/worklist'
import type { User } from '@/payload-types'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
let translator: User
let editor: User

const pause = () => new Promise((resolve) => setTimeout(resolve, 15))
const as = (user: User) => ({ user, overrideAccess: false, draft: true })

async function statusOf(collection: 'articles' | 'remembrance-events', id: number) {
  const doc = await payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0 })
  return translationStatus(doc as unknown as TrackedDoc, TRANSLATED_FIELDS[collection])
}

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  editor = await payload.create({ collection: 'users', data: { name: 'e', email: 'editor@status.test', password: 'password-123456', role: 'editor' } })
  translator = await payload.create({ collection: 'users', data: { name: 't', email: 'translator@status.test', password: 'password-123456', role: 'translator' } })
}, 60_000)

afterAll(async () => {
  await close()
})

describe('translation status', () => {
  it('is missing for a language without the fields that have Azerbaijani text, and complete once translated', async () => {
    const article = await payload.create({ collection: 'articles', locale: 'az', data: { title: 'Başlıq', standfirst: 'Giriş', _status: 'draft' } })
    let status = await statusOf('articles', article.id)
    expect(status.en).toEqual({ state: 'missing', missing: ['title', 'standfirst'], corrections: 0 })
    expect(status.az.state).toBe('complete')

    await pause()
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', ...as(translator), data: { title: 'Title', _status: 'draft' } })
    status = await statusOf('articles', article.id)
    expect(status.en).toEqual({ state: 'missing', missing: ['standfirst'], corrections: 0 })

    await payload.update({ collection: 'articles', id: article.id, locale: 'en', ...as(translator), data: { standfirst: 'Lead', _status: 'draft' } })
    status = await statusOf('articles', article.id)
    expect([status.en.state, status.ru.state]).toEqual(['complete', 'missing'])
  })

  it('is outdated after the Azerbaijani text changes, also by a translator, and complete again once re-translated', async () => {
    const event = await payload.create({
      collection: 'remembrance-events',
      locale: 'az',
      data: { name: 'Xocalı soyqırımı', startDate: '1992-02-26T00:00:00.000Z', commemoration: { month: '2', day: 26 }, _status: 'draft' },
    })
    await pause()
    await payload.update({ collection: 'remembrance-events', id: event.id, locale: 'en', ...as(translator), data: { name: 'Khojaly genocide', _status: 'draft' } })
    expect((await statusOf('remembrance-events', event.id)).en.state).toBe('complete')

    // Saving the az form unchanged (e.g. an editor changing only the date) outdates nothing.
    await pause()
    await payload.update({ collection: 'remembrance-events', id: event.id, locale: 'az', ...as(editor), data: { name: 'Xocalı soyqırımı', endDate: '1992-02-27T00:00:00.000Z', _status: 'draft' } })
    expect((await statusOf('remembrance-events', event.id)).en.state).toBe('complete')

    await pause()
    await payload.update({ collection: 'remembrance-events', id: event.id, locale: 'az', ...as(translator), data: { name: 'Xocalı soyqırımı (1992)', _status: 'draft' } })
    let status = await statusOf('remembrance-events', event.id)
    expect([status.en.state, status.ru.state]).toEqual(['outdated', 'missing'])

    await pause()
    await payload.update({ collection: 'remembrance-events', id: event.id, locale: 'en', ...as(translator), data: { name: 'Khojaly genocide (1992)', _status: 'draft' } })
    status = await statusOf('remembrance-events', event.id)
    expect(status.en.state).toBe('complete')
  })

  it('ignores times a client sends for itself', async () => {
    const article = await payload.create({ collection: 'articles', locale: 'az', data: { title: 'Saxta vaxt', _status: 'draft' } })
    await pause()
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', ...as(translator), data: { title: 'Fake time', _status: 'draft' } })
    await pause()
    await payload.update({ collection: 'articles', id: article.id, locale: 'az', ...as(editor), data: { title: 'Saxta vaxt 2', _status: 'draft' } })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      ...as(translator),
      data: { translatedAt: '2999-01-01T00:00:00.000Z', sourceChangedAt: '2000-01-01T00:00:00.000Z', _status: 'draft' },
    })
    expect((await statusOf('articles', article.id)).en.state).toBe('outdated')
  })

  it("lists the translators' work: en and ru missing or outdated, oldest first, with links in the right admin locale", async () => {
    const work = await listTranslationWork(payload, translator)
    const titles = work.map((item) => `${item.title} ${item.locale} ${item.state}`)
    expect(titles).toEqual(expect.arrayContaining(['Başlıq ru missing', 'Xocalı soyqırımı (1992) ru missing', 'Saxta vaxt 2 en outdated']))
    expect(titles).not.toContain('Başlıq en missing')
    const dues = work.map((item) => item.since)
    expect([...dues].sort()).toEqual(dues)
    const item = work.find((entry) => entry.title === 'Saxta vaxt 2' && entry.locale === 'en')
    expect(item?.href).toMatch(/^\/admin\/collections\/articles\/\d+\?locale=en$/)
  })
})
