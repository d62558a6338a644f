import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, getLocalI18n, type Payload } from 'payload'

import type { User } from '@/payload-types'

import { bootPayload } from './payload'

/** Article types, embargoes and the breaking-news banner, on the real Local API as staff use it. */

let payload: Payload
let close: () => Promise<void>
let editor: User
let translator: User

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  const staff = (role: User['role'], email: string) => payload.create({ collection: 'users', data: { name: role, email, password: 'password-123456', role } })
  editor = await staff('editor', 'editor@signals.test')
  translator = await staff('translator', 'translator@signals.test')
}, 60_000)

afterAll(async () => {
  await close()
})

const quiet = { disableRevalidate: true }
/** Set once the accounts exist (beforeAll). */
const as = (user: User) => ({ user, overrideAccess: false, context: quiet }) as const
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString()

/** Resolves once `check` holds, polling; fails after `timeout` ms. No fixed sleep stands for an assertion. */
async function until(check: () => Promise<boolean> | boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** What a reader sees at /{locale}/news/{slug}. */
const publicBySlug = async (slug: string) =>
  (await payload.find({ collection: 'articles', locale: 'az', overrideAccess: false, where: { slug: { equals: slug } } })).docs[0]

const refusal = async (promise: Promise<unknown>): Promise<{ status?: number; message: string }> => {
  try {
    await promise
  } catch (error) {
    const { status, data } = error as { status?: number; data?: { errors?: { message: string }[] } }
    return { status, message: data?.errors?.map((e) => e.message).join(' ') ?? String(error) }
  }
  throw new Error('expected a refusal')
}

describe('article types', () => {
  it('is news unless an editor says otherwise, and a translator cannot change it', async () => {
    const plain = await payload.create({ collection: 'articles', locale: 'az', ...as(editor), data: { title: 'Adi xəbər', _status: 'published' } })
    expect(plain.articleType).toBe('news')
    const opinion = await payload.create({
      collection: 'articles',
      locale: 'az',
      ...as(editor),
      data: { title: 'Şəhərin gələcəyi haqqında', articleType: 'opinion', _status: 'published' },
    })
    expect(opinion.articleType).toBe('opinion')
    await payload.update({
      collection: 'articles',
      id: opinion.id,
      locale: 'en',
      draft: true,
      user: translator,
      overrideAccess: false,
      context: quiet,
      data: { title: 'On the city’s future', articleType: 'news', _status: 'draft' },
    })
    expect((await payload.findByID({ collection: 'articles', id: opinion.id, draft: true })).articleType).toBe('opinion')
  })
})

describe('embargoes', () => {
  it('refuses to publish before the embargo, with the time, and saves nothing of that request', async () => {
    const embargoUntil = inMs(3_600_000)
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      ...as(editor),
      data: { title: 'Embarqolu hesabat', embargoUntil, _status: 'draft' },
    })
    const refused = await refusal(
      payload.update({ collection: 'articles', id: draft.id, locale: 'az', ...as(editor), data: { title: 'Dəyişdirilmiş başlıq', _status: 'published' } }),
    )
    expect(refused.status).toBe(400)
    // The admin's default language is Azerbaijani; the time is the newsroom's (Asia/Baku).
    expect(refused.message).toContain('embarqo altındadır')
    expect(refused.message).toContain(
      new Intl.DateTimeFormat('az', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Baku' }).format(new Date(embargoUntil)),
    )
    const stored = await payload.findByID({ collection: 'articles', id: draft.id, locale: 'az', draft: true })
    expect([stored.title, stored._status]).toEqual(['Embarqolu hesabat', 'draft'])
    expect(await publicBySlug('embarqolu-hesabat')).toBeUndefined()

    // Drafts and autosaves go on during the embargo.
    await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'az',
      ...as(editor),
      draft: true,
      autosave: true,
      data: { standfirst: 'Qısa', _status: 'draft' },
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'az',
      ...as(editor),
      draft: true,
      data: { title: 'Embarqolu hesabat 2', _status: 'draft' },
    })
    expect((await payload.findByID({ collection: 'articles', id: draft.id, locale: 'az', draft: true })).title).toBe('Embarqolu hesabat 2')
  })

  it('refuses an embargo in the past, on a new article and on a changed one, and creates nothing', async () => {
    const past = inMs(-60_000)
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const created = await refusal(
      payload.create({ collection: 'articles', locale: 'az', ...as(editor), data: { title: 'Keçmiş embarqo', embargoUntil: past, _status: 'draft' } }),
    )
    expect(created.message).toContain('artıq keçib')
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)

    const draft = await payload.create({ collection: 'articles', locale: 'az', ...as(editor), data: { title: 'Sonra embarqo', _status: 'draft' } })
    const changed = await refusal(
      payload.update({ collection: 'articles', id: draft.id, ...as(editor), draft: true, data: { embargoUntil: past, _status: 'draft' } }),
    )
    expect(changed.status).toBe(400)
    expect((await payload.findByID({ collection: 'articles', id: draft.id, draft: true })).embargoUntil).toBeFalsy()
  })

  it('lets an embargo that has passed stand, and then publishes', async () => {
    const embargoUntil = inMs(1_000)
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      ...as(editor),
      data: { title: 'Keçən embarqo', embargoUntil, _status: 'draft' },
    })
    await until(() => Date.now() > new Date(embargoUntil).getTime())
    // The admin sends the unchanged (now past) embargo back with every save.
    const published = await payload.update({ collection: 'articles', id: draft.id, locale: 'az', ...as(editor), data: { embargoUntil, _status: 'published' } })
    expect(published._status).toBe('published')
    expect(await publicBySlug('kechen-embarqo')).toBeDefined()
  })

  it("refuses to schedule a publication before the embargo, in the admin's language, and queues nothing", async () => {
    const { scheduleWithinEmbargo } = await import('@/collections/Articles/scheduleWithinEmbargo')
    const embargoUntil = inMs(3_600_000)
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      ...as(editor),
      data: { title: 'Tez planlanan', embargoUntil, _status: 'draft' },
    })
    const queued = async () => (await payload.count({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(draft.id) } } })).totalDocs
    // The admin's "Schedule publish" drawer, as an editor whose admin is in English.
    const i18n = await getLocalI18n({ config: payload.config, language: 'en' })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' }, req: { i18n } }, payload)
    const doc = { relationTo: 'articles' as const, value: String(draft.id) }
    // The server function's other arguments (cookies, import map…) are not read by it.
    type Args = Parameters<typeof scheduleWithinEmbargo>[0]
    const early = await scheduleWithinEmbargo({ req, type: 'publish', doc, date: new Date(new Date(embargoUntil).getTime() - 60_000) } as Args)
    expect(early).toEqual({ error: expect.stringContaining('under embargo until') })
    expect(await queued()).toBe(0)

    const onTime = await scheduleWithinEmbargo({ req, type: 'publish', doc, date: new Date(embargoUntil) } as Args)
    expect(onTime).not.toHaveProperty('error')
    expect(await queued()).toBe(1)
  })

  it('does not publish a job queued some other way for before the embargo: the job fails, the article stays a draft', async () => {
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      ...as(editor),
      data: { title: 'Yan yoldan planlanan', embargoUntil: inMs(3_600_000), _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    expect(await publicBySlug('yan-yoldan-planlanan')).toBeUndefined()
  })

  it('publishes a publication scheduled exactly at the embargo time when it comes', async () => {
    const embargoUntil = inMs(1_500)
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      ...as(editor),
      data: { title: 'Vaxtında dərc', embargoUntil, _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(embargoUntil),
    })
    await payload.jobs.run()
    expect(await publicBySlug('vaxtinda-derc')).toBeUndefined()
    await until(async () => {
      await payload.jobs.run()
      return Boolean(await publicBySlug('vaxtinda-derc'))
    })
    expect((await publicBySlug('vaxtinda-derc'))?.publishedAt).toBeTruthy()
  })
})

describe('the breaking-news banner', () => {
  const banner = (locale: 'az' | 'en' | 'ru') => payload.findGlobal({ slug: 'breaking-news', locale, fallbackLocale: false, depth: 0 })

  it('refuses a javascript:, data:, http: or protocol-relative link, and a past expiry, saving nothing', async () => {
    await payload.updateGlobal({ slug: 'breaking-news', locale: 'en', ...as(editor), data: { text: 'Storm warning', link: '/en' } })
    for (const link of ['javascript:alert(1)', 'data:text/html,x', 'http://example.com/', '//example.com/x']) {
      const refused = await refusal(payload.updateGlobal({ slug: 'breaking-news', locale: 'en', ...as(editor), data: { text: 'Changed', link } }))
      expect([link, refused.status, refused.message]).toEqual([link, 400, 'Keçid bu saytda bir ünvan (/ ilə başlayan) və ya tam https:// ünvanı olmalıdır.'])
    }
    const expired = await refusal(
      payload.updateGlobal({ slug: 'breaking-news', locale: 'en', ...as(editor), data: { text: 'Changed', expiresAt: inMs(-1000) } }),
    )
    expect(expired.message).toContain('Bitmə vaxtı artıq keçib')
    expect(await banner('en')).toMatchObject({ text: 'Storm warning', link: '/en' })
  })

  it('keeps each language its own, and queues the expiry of the cached pages for the moment it expires', async () => {
    const expiresAt = inMs(600_000)
    await payload.updateGlobal({
      slug: 'breaking-news',
      locale: 'en',
      ...as(editor),
      data: { text: 'Storm warning', link: 'https://example.com/storm', expiresAt },
    })
    expect((await banner('ru')).text).toBeFalsy()
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'expireBreakingNews' } } })
    expect(docs.map((job) => new Date(job.waitUntil ?? '').toISOString())).toContain(expiresAt)
  })

  it('lets a translator reword a banner, not put one up or take it down, nor change its link or expiry', async () => {
    await payload.updateGlobal({ slug: 'breaking-news', locale: 'en', ...as(translator), data: { text: 'Storm warning for Baku', link: '/en/search' } })
    expect(await banner('en')).toMatchObject({ text: 'Storm warning for Baku', link: 'https://example.com/storm' })
    expect((await refusal(payload.updateGlobal({ slug: 'breaking-news', locale: 'ru', ...as(translator), data: { text: 'Шторм' } }))).status).toBe(403)
    expect((await refusal(payload.updateGlobal({ slug: 'breaking-news', locale: 'en', ...as(translator), data: { text: '' } }))).status).toBe(403)
    expect((await banner('ru')).text).toBeFalsy()
  })

  it('is not readable by the public through the API', async () => {
    expect((await refusal(payload.findGlobal({ slug: 'breaking-news', overrideAccess: false }))).status).toBe(403)
  })
})
