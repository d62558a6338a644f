import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

async function createArticle(title: { az: string; en?: string }, status: 'draft' | 'published', standfirst?: { az?: string; en?: string }) {
  const article = await payload.create({
    collection: 'articles',
    locale: 'az',
    data: { title: title.az, standfirst: standfirst?.az, _status: status },
  })
  if (title.en) {
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: title.en, standfirst: standfirst?.en, _status: status },
    })
  }
  return article
}

describe('articles', () => {
  it('save a long article (30,000 words), whose search text is far over the default text limit of Payload', async () => {
    const paragraph = (i: number) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, text: `Abzas ${i}: ${'xatirə günü anım mərasimi '.repeat(25).trim()}`, detail: 0, format: 0, mode: 'normal' as const, style: '' }],
    })
    const body = { root: { type: 'root', version: 1, direction: 'ltr' as const, format: '' as const, indent: 0, children: Array.from({ length: 300 }, (_, i) => paragraph(i)) } }
    const article = await payload.create({ collection: 'articles', locale: 'az', data: { title: 'Uzun məqalə', body, _status: 'published' } })
    const { docs } = await payload.find({ collection: 'search-documents', where: { article: { equals: article.id } } })
    expect(docs[0].body?.length).toBeGreaterThan(150_000)
    expect(docs[0].body).toContain('abzas 299:')
  })

  it('store title and slug per locale, the slug derived from that locale’s title', async () => {
    const { id } = await createArticle({ az: 'Şəkidə karvansara bərpa olunur', en: 'Sheki caravanserai restored' }, 'published')

    const az = await payload.findByID({ collection: 'articles', id, locale: 'az' })
    const en = await payload.findByID({ collection: 'articles', id, locale: 'en' })
    expect([az.title, az.slug]).toEqual(['Şəkidə karvansara bərpa olunur', 'shekide-karvansara-berpa-olunur'])
    expect([en.title, en.slug]).toEqual(['Sheki caravanserai restored', 'sheki-caravanserai-restored'])
  })

  it('fall back to the Azerbaijani text where an English field is empty', async () => {
    const { id } = await createArticle({ az: 'Bakıda kitab sərgisi', en: 'Baku book fair' }, 'published', {
      az: 'Sərgi üç gün davam edəcək.',
    })

    const en = await payload.findByID({ collection: 'articles', id, locale: 'en' })
    expect(en.title).toBe('Baku book fair')
    expect(en.standfirst).toBe('Sərgi üç gün davam edəcək.')

    const noFallback = await payload.findByID({ collection: 'articles', id, locale: 'en', fallbackLocale: false })
    expect(noFallback.standfirst).toBeFalsy()
  })

  it('are found by their localized slug only in that locale', async () => {
    await createArticle({ az: 'Gəncədə şahmat turniri', en: 'Chess tournament in Ganja' }, 'published')

    const bySlug = (locale: 'az' | 'en', slug: string) =>
      payload.find({ collection: 'articles', locale, overrideAccess: false, where: { slug: { equals: slug } } })

    expect((await bySlug('en', 'chess-tournament-in-ganja')).docs).toHaveLength(1)
    expect((await bySlug('az', 'gencede-shahmat-turniri')).docs).toHaveLength(1)
    expect((await bySlug('en', 'gencede-shahmat-turniri')).docs).toHaveLength(0)
  })

  it('are dated when first published', async () => {
    const { id } = await createArticle({ az: 'Tarixsiz xəbər' }, 'published')
    const article = await payload.findByID({ collection: 'articles', id })
    expect(Date.parse(article.publishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)
  })

  it('hide drafts from the public but not from staff', async () => {
    const draft = await createArticle({ az: 'Hələ hazır olmayan yazı' }, 'draft')
    const published = await createArticle({ az: 'Dərc olunmuş yazı' }, 'published')

    const publicView = await payload.find({ collection: 'articles', overrideAccess: false, limit: 100 })
    const ids = publicView.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)

    await expect(payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false })).rejects.toThrow()
    const staff = await payload.find({ collection: 'articles', draft: true, limit: 100 })
    expect(staff.docs.map((doc) => doc.id)).toContain(draft.id)
  })

  it('cannot be created, changed or deleted by the public', async () => {
    const { id } = await createArticle({ az: 'Qorunan yazı' }, 'published')
    await expect(
      payload.create({ collection: 'articles', overrideAccess: false, data: { title: 'Spam' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: 'articles', id, overrideAccess: false, data: { title: 'Defaced' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'articles', id, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
