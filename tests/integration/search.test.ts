import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { rebuildIfEmpty, reindexAll } from '@/lib/search/documents'
import { search } from '@/lib/search/search'
import { loadTopicNames } from '@/lib/search/topics'
import { paragraphsToRichText } from '@/seed/richText'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

/** No Next server runs here: nothing to expire. */
const context = { disableRevalidate: true }

type Text = { title: string; standfirst?: string; body?: string }

/** An article written in the given languages (az first, as editors do), published unless told otherwise. */
async function article(texts: Partial<Record<Locale, Text>>, extra: Record<string, unknown> = {}, status: 'published' | 'draft' = 'published') {
  const [first, ...rest] = Object.entries(texts) as [Locale, Text][]
  const data = (text: Text) => ({ title: text.title, standfirst: text.standfirst, body: text.body ? paragraphsToRichText([text.body]) : undefined, _status: status })
  const created = await payload.create({ collection: 'articles', locale: first[0], context, data: { ...data(first[1]), ...extra } })
  for (const [locale, text] of rest) await payload.update({ collection: 'articles', id: created.id, locale, context, data: data(text) })
  return created.id
}

async function find(locale: Locale, query: string, page = 1) {
  return search(payload, { locale, query, page, pageSize: 10, topics: await loadTopicNames(payload) })
}

const ids = async (locale: Locale, query: string) => (await find(locale, query)).ids

describe('search', () => {
  it('ranks a match in the title over the standfirst over the body', async () => {
    const body = await article({ en: { title: 'Harbour news', body: 'The caravanserai reopens next week.' } })
    const title = await article({ en: { title: 'Caravanserai restored in Sheki', body: 'Work ended.' } })
    const standfirst = await article({ en: { title: 'Old town', standfirst: 'A caravanserai opens its gates.' } })
    expect(await ids('en', 'caravanserai')).toEqual([title, standfirst, body])
    expect((await find('en', 'caravanserai')).total).toBe(3)
  })

  it('matches the beginning of a word, and needs every word of the query', async () => {
    const id = await article({ en: { title: 'Glassblowers of Lahij', body: 'Copper and glass.' } })
    expect(await ids('en', 'glassblow')).toEqual([id])
    expect(await ids('en', 'lahij copper')).toEqual([id])
    expect(await ids('en', 'lahij bronze')).toEqual([])
  })

  it('searches each language on its own, and an article only where it has that language', async () => {
    const id = await article({ az: { title: 'Qobustan qayaüstü rəsmləri' }, en: { title: 'Gobustan rock carvings' } })
    const azOnly = await article({ az: { title: 'Qobustan palçıq vulkanları' } })
    expect(await ids('az', 'qobustan')).toEqual(expect.arrayContaining([id, azOnly]))
    expect(await ids('en', 'gobustan')).toEqual([id])
    expect(await ids('en', 'qobustan')).toEqual([])
    expect(await ids('ru', 'gobustan')).toEqual([])
  })

  it('folds İ, I, ı and Ё the same way in text and query', async () => {
    const ilham = await article({ az: { title: 'İLHAM bağının QIZILGÜLLƏRİ' } })
    for (const query of ['ilham', 'İlham', 'ILHAM', 'Ilham', 'qızılgüllər', 'QIZILGULLERI', 'qizilgul']) expect(await ids('az', query)).toEqual([ilham])
    const yolka = await article({ az: { title: 'Yolka' }, ru: { title: 'Ёлка на площади', body: 'Её зажгли в субботу, край площади закрыт.' } })
    for (const query of ['ёлка', 'ЕЛКА', 'елка', 'ее зажгли']) expect(await ids('ru', query)).toEqual([yolka])
    // й is a letter of its own: "краи" is another word.
    expect(await ids('ru', 'край')).toEqual([yolka])
    expect(await ids('ru', 'краи')).toEqual([])
  })

  it('finds the English Khojaly coverage for Ходжалы or Xocalı, through the event’s names and aliases', async () => {
    const event = await payload.create({
      collection: 'remembrance-events',
      locale: 'az',
      context: { ...context, disableEditorialTasks: true },
      data: { name: 'Xocalı soyqırımı', aliases: ['Ходжалы', 'Hocalı'], startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 }, _status: 'published' },
    })
    await payload.update({ collection: 'remembrance-events', id: event.id, locale: 'en', context: { ...context, disableEditorialTasks: true }, data: { name: 'Khojaly genocide', _status: 'published' } })
    const coverage = await article({ az: { title: 'Anım mərasimi' }, en: { title: 'Remembrance ceremony in Baku', body: 'Flowers were laid at the memorial.' } }, { remembranceEvent: event.id })
    for (const query of ['Ходжалы', 'ходжалы', 'Xocalı', 'xocali', 'Khojaly', 'hocali']) expect(await ids('en', query)).toContain(coverage)
    expect(await ids('en', 'Ходжалинский')).toEqual([])
  })

  it('matches the tag a query names in another language', async () => {
    const tag = await payload.create({ collection: 'tags', locale: 'az', context, data: { name: 'Şahmat' } })
    await payload.update({ collection: 'tags', id: tag.id, locale: 'ru', context, data: { name: 'Шахматы' } })
    const id = await article({ en: { title: 'Baku open ends in a draw' } }, { tags: [tag.id] })
    expect(await ids('en', 'шахматы')).toEqual([id])
    expect(await ids('en', 'şahmat')).toEqual([id])
  })

  it('never indexes drafts: a draft article, or a draft saved over a published one', async () => {
    await article({ en: { title: 'Zanzibar embargoed story' } }, {}, 'draft')
    expect(await ids('en', 'zanzibar')).toEqual([])

    const id = await article({ en: { title: 'Marmalade festival opens' } })
    const indexed = async () => (await payload.find({ collection: 'search-documents', where: { article: { equals: id } } })).docs.map((doc) => doc.updatedAt)
    const before = await indexed()
    await payload.update({ collection: 'articles', id, locale: 'en', draft: true, autosave: true, context, data: { title: 'Quokka draft headline' } })
    expect(await ids('en', 'quokka')).toEqual([])
    expect(await ids('en', 'marmalade')).toEqual([id])
    // Nothing changed for readers, so nothing was rewritten.
    expect(await indexed()).toEqual(before)
  })

  it('follows a published article’s new text, in that language only', async () => {
    const id = await article({ az: { title: 'Narınqala qalası' }, en: { title: 'Narin Gala fortress' } })
    await payload.update({ collection: 'articles', id, locale: 'en', context, data: { title: 'Derbent citadel', _status: 'published' } })
    expect(await ids('en', 'derbent')).toEqual([id])
    expect(await ids('en', 'narin')).toEqual([])
    expect(await ids('az', 'narinqala')).toEqual([id])
  })

  it('drops an article from the index when it is unpublished or deleted', async () => {
    const unpublished = await article({ en: { title: 'Pomegranate harvest' } })
    const deleted = await article({ en: { title: 'Pomegranate market' } })
    expect((await ids('en', 'pomegranate')).sort()).toEqual([unpublished, deleted].sort())

    await payload.update({ collection: 'articles', id: unpublished, locale: 'en', context, data: { _status: 'draft' } })
    await payload.delete({ collection: 'articles', id: deleted, context })
    expect(await ids('en', 'pomegranate')).toEqual([])
    const left = await payload.count({ collection: 'search-documents', where: { article: { in: [unpublished, deleted] } } })
    expect(left.totalDocs).toBe(0)
  })

  it('answers hostile queries with results or none, never an error', async () => {
    await article({ en: { title: 'Near the AND gate: quotes "and" stars*' } })
    const hostile = ['"', '""', '*', 'near', 'NEAR(a b)', 'AND', 'OR OR', 'NOT x', 'title:x', '{title}: x', '^x', 'a"b', "'; DROP TABLE search_documents; --", '%_\\', '\u0000', '😀', 'a'.repeat(500)]
    for (const query of hostile) await expect(find('en', query)).resolves.toEqual(expect.objectContaining({ total: expect.any(Number) }))
    expect((await find('en', 'NEAR AND')).total).toBe(1)
  })

  it('pages through results and counts them all', async () => {
    const written: (number | string)[] = []
    for (let n = 0; n < 12; n++) written.push(await article({ en: { title: `Walnut story ${n}` } }))
    const [one, two] = [await find('en', 'walnut', 1), await find('en', 'walnut', 2)]
    expect([one.total, one.ids.length, two.ids.length]).toEqual([12, 10, 2])
    expect([...one.ids, ...two.ids].sort()).toEqual([...written].sort())
  })

  it('rebuilds the same index from the articles (reindexAll)', async () => {
    const before = await ids('en', 'caravanserai')
    const documents = await payload.count({ collection: 'search-documents' })
    expect(await reindexAll(payload)).toBe(documents.totalDocs)
    expect(await ids('en', 'caravanserai')).toEqual(before)
  })

  it('rebuilds an empty index at start-up, and leaves a filled one alone', async () => {
    const documents = (await payload.count({ collection: 'search-documents' })).totalDocs
    expect(await rebuildIfEmpty(payload)).toBeNull()
    await payload.db.deleteMany({ collection: 'search-documents', where: { id: { exists: true } } })
    expect(await ids('en', 'caravanserai')).toEqual([])
    expect(await rebuildIfEmpty(payload)).toBe(documents)
    expect(await ids('en', 'caravanserai')).toHaveLength(3)
  })

  it('is rebuilt once when several instances start together on an empty index', async () => {
    const documents = (await payload.count({ collection: 'search-documents' })).totalDocs
    await payload.db.deleteMany({ collection: 'search-documents', where: { id: { exists: true } } })
    const results = await Promise.all([rebuildIfEmpty(payload), rebuildIfEmpty(payload), rebuildIfEmpty(payload)])
    expect(results.filter((written) => written !== null)).toEqual([documents])
    expect((await payload.count({ collection: 'search-documents' })).totalDocs).toBe(documents)
  })
})
