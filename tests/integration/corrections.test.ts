import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { correctionNotes, type CorrectionRow } from '@/lib/corrections'
import { translationStatus, TRANSLATED_FIELDS, type TrackedDoc } from '@/lib/translation/status'
import { listTranslationWork } from '@/lib/translation/worklist'
import type { Article, User } from '@/payload-types'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
let translator: User
let editor: User

const as = (user: User) => ({ user, overrideAccess: false })

/** An article published in az and en (not ru), as an editor makes it. */
async function publishedArticle(title: string): Promise<Article> {
  const article = await payload.create({ collection: 'articles', locale: 'az', ...as(editor), data: { title, standfirst: 'Giriş', _status: 'published' } })
  await payload.update({ collection: 'articles', id: article.id, locale: 'en', ...as(editor), data: { title: `${title} (en)`, standfirst: 'Lead', _status: 'published' } })
  return article
}

async function readAll(id: number) {
  return payload.findByID({ collection: 'articles', id, locale: 'all', draft: true, depth: 0 })
}

async function statusOf(id: number) {
  return translationStatus((await readAll(id)) as unknown as TrackedDoc, TRANSLATED_FIELDS.articles)
}

/** The field errors a refused save reports (in the admin's default language, Azerbaijani). */
async function fieldErrors(save: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await save
  } catch (error) {
    return (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
  }
  throw new Error('the save was not refused')
}

const rowsOf = async (id: number) => ((await readAll(id)) as unknown as { corrections?: CorrectionRow[] }).corrections ?? []

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  editor = await payload.create({ collection: 'users', data: { name: 'e', email: 'editor@corrections.test', password: 'password-123456', role: 'editor' } })
  translator = await payload.create({ collection: 'users', data: { name: 't', email: 'translator@corrections.test', password: 'password-123456', role: 'translator' } })
}, 60_000)

afterAll(async () => {
  await close()
})

describe('corrections and clarifications', () => {
  it('marks every published language "correction to translate" until its note is translated', async () => {
    const article = await publishedArticle('Düzəliş sınağı')
    expect((await statusOf(article.id)).en).toEqual({ state: 'complete', missing: [], corrections: 0 })

    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      ...as(editor),
      data: { corrections: [{ kind: 'correction', date: '2026-11-30T10:00:00.000Z', text: 'Qurbanların sayı düzəldilib.' }], _status: 'published' },
    })
    let status = await statusOf(article.id)
    expect(status.en).toEqual({ state: 'correction', missing: [], corrections: 1 })
    // Not published in ru: its translation is missing as a whole, and no note is counted there.
    expect(status.ru).toMatchObject({ state: 'missing', corrections: 0 })
    expect(status.az.corrections).toBe(0)

    let rows = await rowsOf(article.id)
    expect(correctionNotes(rows, 'en')).toEqual([{ id: rows[0].id, kind: 'correction', date: '2026-11-30T10:00:00.000Z', placement: 'top', text: null }])

    const work = await listTranslationWork(payload, translator)
    const item = work.find((entry) => entry.id === article.id && entry.locale === 'en')
    expect(item).toMatchObject({ state: 'correction', corrections: 1, since: '2026-11-30T10:00:00.000Z' })

    const own = rows.map((row) => ({ id: row.id, text: 'The number of victims was corrected.' }))
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', ...as(translator), draft: true, data: { corrections: own, _status: 'draft' } })
    status = await statusOf(article.id)
    expect(status.en).toEqual({ state: 'complete', missing: [], corrections: 0 })
    rows = await rowsOf(article.id)
    expect(correctionNotes(rows, 'en')[0].text).toBe('The number of victims was corrected.')
    expect(correctionNotes(rows, 'az')[0].text).toBe('Qurbanların sayı düzəldilib.')
  })

  it('lets a translator translate notes, never add, drop or redate them', async () => {
    const article = await publishedArticle('Tərcüməçi sınağı')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      ...as(editor),
      data: { corrections: [{ kind: 'clarification', date: '2026-11-29T08:00:00.000Z', text: 'Mənbə dəqiqləşdirilib.' }], _status: 'published' },
    })
    const [row] = await rowsOf(article.id)

    // Drops the note and adds another: both ignored.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      ...as(translator),
      draft: true,
      data: { corrections: [{ kind: 'correction', date: '2020-01-01T00:00:00.000Z', text: 'Invented note' }], _status: 'draft' },
    })
    let rows = await rowsOf(article.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ id: row.id, kind: 'clarification', date: '2026-11-29T08:00:00.000Z' })
    expect(correctionNotes(rows, 'en')[0].text).toBeNull()

    // Translates it, while trying to turn it into a correction dated otherwise: only the text is taken.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      ...as(translator),
      draft: true,
      data: { corrections: [{ id: row.id, kind: 'correction', date: '2020-01-01T00:00:00.000Z', text: 'The source was clarified.' }], _status: 'draft' },
    })
    rows = await rowsOf(article.id)
    expect(rows[0]).toMatchObject({ id: row.id, kind: 'clarification', date: '2026-11-29T08:00:00.000Z' })
    expect(correctionNotes(rows, 'en')[0]).toMatchObject({ text: 'The source was clarified.', placement: 'end' })
    expect(correctionNotes(rows, 'az')[0].text).toBe('Mənbə dəqiqləşdirilib.')
  })

  it('refuses a note without Azerbaijani text, or added while editing another language, saving nothing', async () => {
    const article = await publishedArticle('Boş qeyd')
    const withoutText = payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      ...as(editor),
      data: { corrections: [{ kind: 'correction', date: '2026-11-30T10:00:00.000Z', text: '  ' }], _status: 'published' },
    })
    expect(await fieldErrors(withoutText)).toEqual([{ path: 'corrections.0.text', message: expect.stringMatching(/^Qeydi azərbaycanca yazın/), label: expect.anything() }])
    const inEnglish = payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      ...as(editor),
      data: { corrections: [{ kind: 'correction', date: '2026-11-30T10:00:00.000Z', text: 'Only in English' }], _status: 'published' },
    })
    expect(await fieldErrors(inEnglish)).toEqual([{ path: 'corrections.0.text', message: expect.stringMatching(/^Düzəlişi azərbaycanca orijinala/) }])
    expect(await rowsOf(article.id)).toEqual([])
    const published = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
    expect(published.lastCorrectedAt ?? null).toBeNull()
  })

  it('keeps the latest note’s date as lastCorrectedAt, whatever a client sends', async () => {
    const article = await publishedArticle('Son düzəliş')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'az',
      ...as(editor),
      data: {
        lastCorrectedAt: '2999-01-01T00:00:00.000Z',
        corrections: [
          { kind: 'correction', date: '2026-11-28T10:00:00.000Z', text: 'Birinci' },
          { kind: 'clarification', date: '2026-11-30T12:00:00.000Z', text: 'İkinci', placement: 'top' },
        ],
        _status: 'published',
      },
    })
    const doc = await payload.findByID({ collection: 'articles', id: article.id, locale: 'az', depth: 0 })
    expect(doc.lastCorrectedAt).toBe('2026-11-30T12:00:00.000Z')
    const notes = correctionNotes(doc.corrections as CorrectionRow[], 'az')
    expect(notes.map((note) => [note.text, note.placement])).toEqual([
      ['İkinci', 'top'],
      ['Birinci', 'top'],
    ])
  })
})
