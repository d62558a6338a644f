import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { liveCoverageInProgress } from '@/lib/calendar/attention'
import { orderEntries, type LiveUpdate } from '@/lib/live/entries'
import { liveHub } from '@/lib/live/hub'
import { readEntries, readEntryStamps, readLiveArticle } from '@/lib/live/read'
import type { Article, LiveEntry, User } from '@/payload-types'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
let editor: User
let translator: User

const as = (user: User) => ({ user, overrideAccess: false })

async function liveArticle(state: 'upcoming' | 'live' | 'ended' = 'live', status: 'published' | 'draft' = 'published'): Promise<Article> {
  return payload.create({
    collection: 'articles',
    locale: 'az',
    ...as(editor),
    data: { title: `Canlı ${Math.random().toString(36).slice(2)}`, articleType: 'live', liveCoverage: { state }, _status: status },
  })
}

const entry = (article: Article, data: Partial<Omit<LiveEntry, 'article'>>, locale: 'az' | 'en' | 'ru' = 'az') =>
  payload.create({ collection: 'live-entries', locale, ...as(editor), data: { article: article.id, postedAt: new Date().toISOString(), _status: 'published', ...data } })

/** The field errors a refused save reports. */
async function fieldErrors(save: Promise<unknown>): Promise<string[]> {
  try {
    await save
  } catch (error) {
    return ((error as { data?: { errors?: { path: string }[] } }).data?.errors ?? []).map((e) => e.path)
  }
  throw new Error('the save was not refused')
}

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  editor = await payload.create({ collection: 'users', data: { name: 'e', email: 'editor@live.test', password: 'password-123456', role: 'editor' } })
  translator = await payload.create({ collection: 'users', data: { name: 't', email: 'translator@live.test', password: 'password-123456', role: 'translator' } })
}, 60_000)

afterAll(async () => {
  liveHub().endAll()
  await close()
})

describe('live entries: bad input', () => {
  it('refuses an entry with no text in any language, keeping nothing half-saved', async () => {
    const article = await liveArticle()
    expect(await fieldErrors(entry(article, { text: '   ', headline: 'Başlıq' }))).toEqual(['text'])
    expect((await payload.count({ collection: 'live-entries', where: { article: { equals: article.id } } })).totalDocs).toBe(0)
  })

  it('takes an entry written in one language only, and refuses emptying its last text', async () => {
    const article = await liveArticle()
    const created = await entry(article, { text: 'Only in English.' }, 'en')
    expect(await fieldErrors(payload.update({ collection: 'live-entries', id: created.id, locale: 'en', ...as(editor), data: { text: '' } }))).toEqual(['text'])
    // A flag changed over the API without the text keeps the text.
    await payload.update({ collection: 'live-entries', id: created.id, locale: 'en', ...as(editor), data: { keyEvent: true } })
    expect((await payload.findByID({ collection: 'live-entries', id: created.id, locale: 'en' })).text).toBe('Only in English.')
  })

  it('refuses an entry on an article that is not live coverage', async () => {
    const plain = await payload.create({ collection: 'articles', locale: 'az', ...as(editor), data: { title: 'Adi xəbər', _status: 'published' } })
    expect(await fieldErrors(entry(plain, { text: 'Mətn' }))).toEqual(['article'])
  })

  it('refuses pinning an entry once the coverage has ended, but lets a pinned entry be corrected', async () => {
    const article = await liveArticle('live')
    const pinned = await entry(article, { text: 'Sabit yazı', pinned: true })
    const other = await entry(article, { text: 'Digər yazı' })
    await payload.update({ collection: 'articles', id: article.id, ...as(editor), data: { liveCoverage: { state: 'ended' }, _status: 'published' } })
    expect(await fieldErrors(payload.update({ collection: 'live-entries', id: other.id, ...as(editor), data: { pinned: true } }))).toEqual(['pinned'])
    expect(await fieldErrors(entry(article, { text: 'Yeni', pinned: true }))).toEqual(['pinned'])
    const fixed = await payload.update({ collection: 'live-entries', id: pinned.id, ...as(editor), data: { text: 'Sabit yazı (düzəldilib)' } })
    expect(fixed.pinned).toBe(true)
  })

  it('dates the coverage from the state the editor sets', async () => {
    const article = await liveArticle('upcoming')
    expect(article.liveCoverage?.startsAt ?? null).toBeNull()
    const started = await payload.update({ collection: 'articles', id: article.id, ...as(editor), data: { liveCoverage: { state: 'live' }, _status: 'published' } })
    expect(started.liveCoverage?.startsAt).toEqual(expect.any(String))
    const ended = await payload.update({ collection: 'articles', id: article.id, ...as(editor), data: { liveCoverage: { ...started.liveCoverage, state: 'ended' }, _status: 'published' } })
    expect(ended.liveCoverage?.startsAt).toBe(started.liveCoverage?.startsAt)
    expect(Date.parse(ended.liveCoverage?.endsAt ?? '')).toBeGreaterThanOrEqual(Date.parse(started.liveCoverage?.startsAt ?? ''))
  })
})

describe('live entries: what readers see', () => {
  it('shows published entries of a published article only, newest first with the latest pinned entry on top', async () => {
    const article = await liveArticle()
    const first = await entry(article, { text: 'Birinci', postedAt: '2026-02-26T05:00:00.000Z', pinned: true })
    const second = await entry(article, { text: 'İkinci', postedAt: '2026-02-26T06:00:00.000Z' })
    const third = await entry(article, { text: 'Üçüncü', postedAt: '2026-02-26T07:00:00.000Z' })
    await entry(article, { text: 'Qaralama', postedAt: '2026-02-26T08:00:00.000Z', _status: 'draft' })
    const shown = orderEntries(await readEntries(payload, article.id, 'az'))
    expect(shown.map((e) => e.text)).toEqual(['Birinci', 'Üçüncü', 'İkinci'])
    expect(shown.map((e) => e.id)).toEqual([first, third, second].map((e) => String(e.id)))
    // A later pin replaces it on top, without a save of the first.
    await payload.update({ collection: 'live-entries', id: second.id, ...as(editor), data: { pinned: true } })
    expect(orderEntries(await readEntries(payload, article.id, 'az')).map((e) => e.text)).toEqual(['İkinci', 'Üçüncü', 'Birinci'])

    // Over the REST-equivalent read as the public: drafts are invisible.
    const publicRead = await payload.find({ collection: 'live-entries', where: { article: { equals: article.id } }, overrideAccess: false })
    expect(publicRead.docs.map((e) => e.text).sort()).toEqual(['Birinci', 'Üçüncü', 'İkinci'].sort())
  })

  it('keeps entries of an unpublished article from readers, whatever their own status', async () => {
    const article = await liveArticle('live', 'draft')
    await entry(article, { text: 'Hazırlanmış yazı' })
    expect(await readLiveArticle(payload, article.id)).toBeNull()
    expect(await readEntries(payload, article.id, 'az')).toEqual([])
    expect((await payload.find({ collection: 'live-entries', where: { article: { equals: article.id } }, overrideAccess: false })).totalDocs).toBe(0)
  })

  it('shows an entry in the languages it is written in, not the Azerbaijani text under another language', async () => {
    const article = await liveArticle()
    const created = await entry(article, { text: 'Yalnız azərbaycanca' })
    expect(await readEntries(payload, article.id, 'en')).toEqual([])
    // A translator translates (a draft), an editor publishes it.
    await payload.update({ collection: 'live-entries', id: created.id, locale: 'en', draft: true, ...as(translator), data: { text: 'Translated', keyEvent: true } })
    expect(await readEntries(payload, article.id, 'en')).toEqual([])
    await expect(
      payload.update({ collection: 'live-entries', id: created.id, locale: 'en', ...as(translator), data: { text: 'Translated', _status: 'published' } }),
    ).rejects.toThrow()
    const draft = await payload.findByID({ collection: 'live-entries', id: created.id, locale: 'en', draft: true })
    await payload.update({ collection: 'live-entries', id: created.id, locale: 'en', ...as(editor), data: { text: draft.text, _status: 'published' } })
    const [translated] = await readEntries(payload, article.id, 'en')
    expect(translated.text).toBe('Translated')
    // The translator's "key event" was not theirs to set.
    expect(translated.keyEvent).toBe(false)
  })

  it('refuses translators creating or deleting entries', async () => {
    const article = await liveArticle()
    await expect(payload.create({ collection: 'live-entries', locale: 'az', ...as(translator), data: { article: article.id, postedAt: new Date().toISOString(), text: 'x', _status: 'draft' } })).rejects.toThrow()
    const created = await entry(article, { text: 'Silinməyəcək' })
    await expect(payload.delete({ collection: 'live-entries', id: created.id, ...as(translator) })).rejects.toThrow()
  })
})

describe('live updates (lib/live/hub.ts)', () => {
  it('sends an open page each new, changed and removed entry once, with the coverage state', async () => {
    const article = await liveArticle()
    const kept = await entry(article, { text: 'Əvvəlki yazı', postedAt: '2026-02-26T05:00:00.000Z' })
    const updates: LiveUpdate[] = []
    let notify = () => {}
    const next = () => new Promise<LiveUpdate>((resolve) => (notify = () => resolve(updates[updates.length - 1])))
    const unsubscribe = liveHub().subscribe(payload, String(article.id), {
      locale: 'az',
      send: (update) => {
        updates.push(update)
        notify()
      },
      end: () => undefined,
    })
    try {
      // The hub's first look only records what the page has already.
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(updates).toEqual([])

      let arrived = next()
      const added = await entry(article, { text: 'Yeni yazı' })
      let update = await arrived
      expect(update.entries.map((e) => e.text)).toEqual(['Yeni yazı'])
      expect(update.ids).toEqual([String(added.id), String(kept.id)])
      expect(update.state).toBe('live')

      arrived = next()
      await payload.delete({ collection: 'live-entries', id: kept.id, ...as(editor) })
      update = await arrived
      expect(update.entries).toEqual([])
      expect(update.ids).toEqual([String(added.id)])

      arrived = next()
      await payload.update({ collection: 'articles', id: article.id, ...as(editor), data: { liveCoverage: { state: 'ended' }, _status: 'published' } })
      update = await arrived
      expect(update.state).toBe('ended')
      expect(update.ids).toEqual([String(added.id)])
    } finally {
      unsubscribe()
    }
    expect(liveHub().openPages).toBe(0)
  })

  it('knows what it last saw of a watched article, so an up-to-date page opens its stream without a read', async () => {
    const article = await liveArticle()
    const first = await entry(article, { text: 'Birinci', postedAt: '2026-02-26T05:00:00.000Z' })
    const id = String(article.id)
    expect(liveHub().snapshot(id, 'az')).toBeNull()
    const unsubscribe = liveHub().subscribe(payload, id, { locale: 'az', send: () => undefined, end: () => undefined })
    const seen = async (ids: string[]) => {
      for (let tries = 0; tries < 100 && JSON.stringify(liveHub().snapshot(id, 'az')?.ids) !== JSON.stringify(ids); tries++) await new Promise((resolve) => setTimeout(resolve, 50))
      return liveHub().snapshot(id, 'az')
    }
    try {
      expect(await seen([String(first.id)])).toEqual({ state: 'live', ids: [String(first.id)], latest: first.updatedAt })
      // Another language is not known until a page follows it in that language.
      expect(liveHub().snapshot(id, 'en')).toBeNull()
      const second = await entry(article, { text: 'İkinci' })
      expect(await seen([String(second.id), String(first.id)])).toEqual({ state: 'live', ids: [String(second.id), String(first.id)], latest: second.updatedAt })
    } finally {
      unsubscribe()
    }
    expect(liveHub().snapshot(id, 'az')).toBeNull()
  })

  it('lists the stamps a reconnecting page compares against', async () => {
    const article = await liveArticle()
    const created = await entry(article, { text: 'Möhür' })
    expect(await readEntryStamps(payload, article.id, 'az')).toEqual([{ id: String(created.id), updatedAt: created.updatedAt }])
  })
})

describe('live coverage on the staff dashboard', () => {
  it('lists the articles being covered live now, with the staff member’s own access, linked to the entry form and the entries', async () => {
    const running = await liveArticle('live')
    const upcoming = await liveArticle('upcoming')
    const ended = await liveArticle('ended')
    const ids = async (user: User) => (await liveCoverageInProgress(payload, user, 'az', '/admin', 100)).map((item) => item.id)
    for (const user of [editor, translator]) {
      expect(await ids(user)).toContain(running.id)
      expect(await ids(user)).not.toEqual(expect.arrayContaining([upcoming.id]))
      expect(await ids(user)).not.toEqual(expect.arrayContaining([ended.id]))
    }
    const [item] = (await liveCoverageInProgress(payload, editor, 'az', '/admin', 100)).filter((found) => found.id === running.id)
    expect(item).toEqual({
      id: running.id,
      title: running.title,
      href: `/admin/collections/articles/${running.id}`,
      entriesHref: `/admin/collections/live-entries?where[article][equals]=${running.id}`,
    })
    // Once the coverage ends it leaves the dashboard.
    await payload.update({ collection: 'articles', id: running.id, ...as(editor), data: { liveCoverage: { state: 'ended' }, _status: 'published' } })
    expect(await ids(editor)).not.toEqual(expect.arrayContaining([running.id]))
  })
})
