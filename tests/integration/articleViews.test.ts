import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { findMostRead } from '@/lib/views/mostRead'
import { recordViews } from '@/lib/views/recordViews'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

const quiet = { context: { disableRevalidate: true } }
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** 10:30 UTC on 25 November 2026. */
const NOW = new Date('2026-11-25T10:30:00.000Z')
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs)

let titles = 0
/** An article published in `locales` (Azerbaijani always), with a unique title, published at `publishedAt`. */
async function article(locales: Locale[] = ['az'], publishedAt = '2026-11-20T08:00:00.000Z') {
  titles += 1
  const title = `Baxış sınağı ${titles} ${Date.now().toString(36)}`
  const doc = await payload.create({ collection: 'articles', locale: 'az', ...quiet, data: { title, publishedAt, _status: 'published' } })
  for (const locale of locales.filter((l) => l !== 'az')) {
    await payload.update({ collection: 'articles', id: doc.id, locale, ...quiet, data: { title: `${title} ${locale}`, _status: 'published' } })
  }
  const slugs: Partial<Record<Locale, string>> = {}
  for (const locale of locales) slugs[locale] = (await payload.findByID({ collection: 'articles', id: doc.id, locale, depth: 0 })).slug ?? undefined
  return { id: doc.id, slugs: slugs as Record<Locale, string> }
}

const buckets = async (articleId: number) =>
  (
    await payload.find({ collection: 'article-views', depth: 0, pagination: false, sort: 'start', where: { article: { equals: articleId } } })
  ).docs.map(({ locale, period, start, count }) => ({ locale, period, start, count }))

const mostRead = async (locale: Locale, window: 'day' | 'week', now = NOW, limit = 50) =>
  (await findMostRead(payload, locale, window, limit, now)).map(({ id, views }) => ({ id, views }))

describe('recording views (lib/views/recordViews.ts)', () => {
  it('adds views to the article’s hourly and daily buckets in their language, at the start of the UTC hour and day', async () => {
    const { id, slugs } = await article(['az', 'en'])
    await recordViews(payload, [{ locale: 'az', slug: slugs.az, count: 3 }], NOW)
    await recordViews(payload, [{ locale: 'az', slug: slugs.az, count: 2 }, { locale: 'en', slug: slugs.en, count: 1 }], at(20 * 60_000))
    await recordViews(payload, [{ locale: 'az', slug: slugs.az, count: 4 }], at(HOUR))
    expect(await buckets(id)).toEqual(
      expect.arrayContaining([
        { locale: 'az', period: 'hour', start: '2026-11-25T10:00:00.000Z', count: 5 },
        { locale: 'az', period: 'hour', start: '2026-11-25T11:00:00.000Z', count: 4 },
        { locale: 'az', period: 'day', start: '2026-11-25T00:00:00.000Z', count: 9 },
        { locale: 'en', period: 'hour', start: '2026-11-25T10:00:00.000Z', count: 1 },
        { locale: 'en', period: 'day', start: '2026-11-25T00:00:00.000Z', count: 1 },
      ]),
    )
    expect(await buckets(id)).toHaveLength(5)
  })

  it('counts only articles published in that language: not drafts, other languages’ slugs or unknown slugs', async () => {
    const azOnly = await article(['az'])
    const draft = await payload.create({ collection: 'articles', locale: 'az', ...quiet, data: { title: `Qaralama ${Date.now()}`, _status: 'draft' } })
    const draftSlug = (await payload.findByID({ collection: 'articles', id: draft.id, locale: 'az', draft: true, depth: 0 })).slug!
    const recorded = await recordViews(
      payload,
      [
        { locale: 'en', slug: azOnly.slugs.az, count: 5 },
        { locale: 'az', slug: draftSlug, count: 5 },
        { locale: 'az', slug: 'nothing-is-published-here', count: 5 },
      ],
      NOW,
    )
    expect(recorded).toBe(0)
    expect(await buckets(azOnly.id)).toEqual([])
    expect(await buckets(draft.id)).toEqual([])
  })

  it('prunes hourly buckets older than two days and daily ones older than eight', async () => {
    const { id, slugs } = await article(['az'])
    for (const offset of [-3 * DAY, -2 * DAY - HOUR, -DAY]) await recordViews(payload, [{ locale: 'az', slug: slugs.az, count: 1 }], at(offset))
    for (const offset of [-9 * DAY, -7 * DAY]) await recordViews(payload, [{ locale: 'az', slug: slugs.az, count: 1 }], at(offset))
    await recordViews(payload, [], NOW)
    const kept = await buckets(id)
    expect(kept.filter((b) => b.period === 'hour').map((b) => b.start)).toEqual(['2026-11-24T10:00:00.000Z'])
    // The hourly views above were counted in their days too: 22, 23 and 24 November; the 16th is gone.
    expect(kept.filter((b) => b.period === 'day').map((b) => b.start)).toEqual(['2026-11-18T00:00:00.000Z', '2026-11-22T00:00:00.000Z', '2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z'])
  })

  it('leaves a viewed article deletable', async () => {
    const { id, slugs } = await article(['az'])
    await recordViews(payload, [{ locale: 'az', slug: slugs.az, count: 1 }], NOW)
    await payload.delete({ collection: 'articles', id, ...quiet })
    expect((await payload.find({ collection: 'articles', where: { id: { equals: id } } })).totalDocs).toBe(0)
    expect((await mostRead('az', 'day')).some((entry) => entry.id === id)).toBe(false)
  })
})

describe('"Most read" (lib/views/mostRead.ts)', () => {
  it('sums the last 24 hourly buckets for the day and the last 7 daily buckets (today included) for the week', async () => {
    const { id, slugs } = await article(['az', 'ru'])
    const view = (offset: number, count: number) => recordViews(payload, [{ locale: 'ru', slug: slugs.ru, count }], at(offset))
    await view(0, 1) // this hour
    await view(-23 * HOUR, 10) // 11:00 yesterday: the oldest hour of the 24
    await view(-24 * HOUR, 100) // 10:00 yesterday: outside the day, inside the week
    await view(-6 * DAY, 1000) // six days ago: the oldest day of the 7
    await view(-7 * DAY, 10000) // seven days ago: outside
    const entry = async (window: 'day' | 'week') => (await mostRead('ru', window)).find((e) => e.id === id)
    expect(await entry('day')).toEqual({ id, views: 11 })
    expect(await entry('week')).toEqual({ id, views: 1111 })
    // Views in Russian are not views in Azerbaijani.
    expect((await mostRead('az', 'week')).some((e) => e.id === id)).toBe(false)
  })

  it('orders by views, then the newest first; returns title, slug and date', async () => {
    const later = new Date(NOW.getTime() + 30 * DAY)
    const older = await article(['en'], '2026-11-01T08:00:00.000Z')
    const newer = await article(['en'], '2026-11-02T08:00:00.000Z')
    const most = await article(['en'], '2026-10-01T08:00:00.000Z')
    await recordViews(payload, [older, newer].map(({ slugs }) => ({ locale: 'en' as const, slug: slugs.en, count: 2 })).concat({ locale: 'en', slug: most.slugs.en, count: 3 }), later)
    const list = await findMostRead(payload, 'en', 'day', 3, later)
    expect(list.map((e) => [e.id, e.views])).toEqual([
      [most.id, 3],
      [newer.id, 2],
      [older.id, 2],
    ])
    expect(list[0]).toEqual(expect.objectContaining({ slug: most.slugs.en, publishedAt: '2026-10-01T08:00:00.000Z', title: expect.stringContaining('Baxış sınağı') }))
    expect((await findMostRead(payload, 'en', 'day', 2, later)).map((e) => e.id)).toEqual([most.id, newer.id])
  })

  it('leaves out an article unpublished since it was read', async () => {
    const later = new Date(NOW.getTime() + 60 * DAY)
    const unpublished = await article(['az'])
    const kept = await article(['az'])
    await recordViews(payload, [unpublished, kept].map(({ slugs }) => ({ locale: 'az' as const, slug: slugs.az, count: 1 })), later)
    await payload.update({ collection: 'articles', id: unpublished.id, locale: 'az', ...quiet, data: { _status: 'draft' } })
    expect((await mostRead('az', 'day', later)).map((e) => e.id)).toEqual([kept.id])
  })
})

describe('access to the counts', () => {
  it('lets staff read them and nobody write them through access-checked calls', async () => {
    const user = (role: string) => ({ id: 1, role, collection: 'users' }) as unknown as NonNullable<Parameters<Payload['find']>[0]['user']>
    const { docs } = await payload.find({ collection: 'article-views', limit: 1, depth: 0 })
    const row = docs[0]
    await expect(payload.find({ collection: 'article-views', overrideAccess: false })).rejects.toThrow()
    for (const role of ['moderator', 'translator', 'editor', 'admin']) {
      expect((await payload.find({ collection: 'article-views', overrideAccess: false, user: user(role), depth: 0 })).totalDocs).toBeGreaterThan(0)
      await expect(payload.update({ collection: 'article-views', id: row.id, overrideAccess: false, user: user(role), data: { count: 1_000_000 } })).rejects.toThrow()
      await expect(payload.delete({ collection: 'article-views', id: row.id, overrideAccess: false, user: user(role) })).rejects.toThrow()
      await expect(
        payload.create({ collection: 'article-views', overrideAccess: false, user: user(role), data: { locale: 'az', period: 'hour', start: NOW.toISOString(), count: 1 } }),
      ).rejects.toThrow()
    }
  })
})
