import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Article, Review, User } from '@/payload-types'
import { submitReview, type Submission } from '@/lib/reviews/submitReview'
import { reviewLimits } from '@/lib/reviews/settings'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
let article: Article
let moderator: User
let translator: User
let addressCounter = 0
const quiet = { disableRevalidate: true }

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  article = await payload.create({
    collection: 'articles',
    locale: 'az',
    context: quiet,
    data: { title: 'Rəylər üçün məqalə', _status: 'published' },
  })
  const staff = (role: User['role'], email: string) =>
    payload.create({ collection: 'users', data: { name: role, email, password: 'password-123456', role } })
  await staff('admin', 'admin@reviews.test')
  moderator = await staff('moderator', 'moderator@reviews.test')
  translator = await staff('translator', 'translator@reviews.test')
})

afterAll(async () => {
  await close()
})

/** A submission from a fresh address unless one is given, so limits of other tests never interfere. */
function submission(overrides: Partial<Omit<Submission, 'fields'>> & { fields?: Partial<Submission['fields']> } = {}): Submission {
  return {
    article: article.id,
    locale: 'az',
    honeypot: '',
    clientAddress: `198.51.100.${++addressCounter}`,
    userAgent: 'Integration test',
    ...overrides,
    fields: { name: 'Aygün', email: '', rating: '5', body: `Çox təsirli yazıdır, təşəkkürlər (${addressCounter}).`, ...overrides.fields },
  }
}

const allReviews = async () =>
  (await payload.find({ collection: 'reviews', limit: 1000, pagination: false, sort: 'createdAt', depth: 0 })).docs as Review[]

describe('a reader submitting a review', () => {
  it('stores it as pending with what the server established, never the raw address', async () => {
    const before = (await allReviews()).length
    const outcome = await submitReview(payload, submission({ clientAddress: '203.0.113.7', fields: { email: 'aygun@example.com' } }))
    expect(outcome).toEqual({ outcome: 'received' })
    const stored = (await allReviews()).at(-1)!
    expect((await allReviews()).length).toBe(before + 1)
    expect(stored).toMatchObject({ status: 'pending', locale: 'az', authorName: 'Aygün', email: 'aygun@example.com', rating: 5, flags: [] })
    expect(stored.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain('203.0.113.7')
    expect(stored.userAgent).toBe('Integration test')
  })

  it('stores the body exactly as typed, markup included', async () => {
    const body = '<script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">bax</a>'
    expect(await submitReview(payload, submission({ fields: { body } }))).toEqual({ outcome: 'received' })
    expect((await allReviews()).at(-1)?.body).toBe(body)
  })

  it('refuses invalid input field by field and stores nothing', async () => {
    const before = (await allReviews()).length
    const outcome = await submitReview(payload, submission({ fields: { name: 'A', email: 'not-an-email', rating: '7', body: 'qısa' } }))
    expect(outcome).toEqual({
      outcome: 'invalid',
      errors: { name: 'tooShort', email: 'invalidEmail', rating: 'invalidRating', body: 'tooShort' },
    })
    expect((await allReviews()).length).toBe(before)
  })

  it('answers not-found for an unknown article, a draft, or a language the article is not published in', async () => {
    const draft = await payload.create({ collection: 'articles', locale: 'az', context: quiet, data: { title: 'Qaralama', _status: 'draft' } })
    expect(await submitReview(payload, submission({ article: 999999 }))).toEqual({ outcome: 'not-found' })
    expect(await submitReview(payload, submission({ article: draft.id }))).toEqual({ outcome: 'not-found' })
    expect(await submitReview(payload, submission({ locale: 'ru' }))).toEqual({ outcome: 'not-found' })
    expect(await submitReview(payload, submission({ locale: 'de' }))).toEqual({ outcome: 'not-found' })
    expect(await submitReview(payload, submission({ article: { $ne: 1 } }))).toEqual({ outcome: 'not-found' })
  })

  it('keeps a filled honeypot as spam and answers as if all were well', async () => {
    expect(await submitReview(payload, submission({ honeypot: 'http://spam.example' }))).toEqual({ outcome: 'received' })
    expect((await allReviews()).at(-1)).toMatchObject({ status: 'spam', queueOrder: 2 })
  })

  it('holds reviews with more than two links, or a blocked word, as suspected spam', async () => {
    await payload.updateGlobal({ slug: 'site-settings', context: quiet, data: { siteName: 'Portal', reviews: { enabled: true, blocklist: 'Kazino\nucuz kredit' } } })
    await submitReview(payload, submission({ fields: { body: 'Baxın: https://a.example, https://b.example və www.c.example' } }))
    expect((await allReviews()).at(-1)).toMatchObject({ status: 'pending', flags: ['links'], queueOrder: 1 })
    await submitReview(payload, submission({ fields: { body: 'Ən yaxşı KAZİNO deyil, amma kazino burada' } }))
    expect((await allReviews()).at(-1)).toMatchObject({ status: 'pending', flags: ['blocklist'] })
    await submitReview(payload, submission({ fields: { body: 'Two links are fine: https://a.example https://b.example' } }))
    expect((await allReviews()).at(-1)).toMatchObject({ status: 'pending', flags: [], queueOrder: 0 })
  })

  it('refuses the same text from the same address within 24 hours, however it is spaced', async () => {
    const first = submission({ clientAddress: '192.0.2.50', fields: { body: 'Eyni mətn iki dəfə göndərilir.' } })
    expect(await submitReview(payload, first)).toEqual({ outcome: 'received' })
    const again = { ...first, fields: { ...first.fields, body: '  eyni   mətn iki dəfə GÖNDƏRİLİR. ' } }
    expect(await submitReview(payload, again)).toEqual({ outcome: 'duplicate' })
    // From another address it is a different reader.
    expect(await submitReview(payload, { ...again, clientAddress: '192.0.2.51' })).toEqual({ outcome: 'received' })
    // A day later the same reader may say it again.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000 + 1000)
    expect(await submitReview(payload, again, { now: tomorrow })).toEqual({ outcome: 'received' })
  })

  it('respects reviews closed on the article or across the site', async () => {
    await payload.update({ collection: 'articles', id: article.id, context: quiet, data: { reviewsOpen: false } })
    expect(await submitReview(payload, submission())).toEqual({ outcome: 'closed', reason: 'article' })
    await payload.update({ collection: 'articles', id: article.id, context: quiet, data: { reviewsOpen: true } })
    await payload.updateGlobal({ slug: 'site-settings', context: quiet, data: { siteName: 'Portal', reviews: { enabled: false } } })
    expect(await submitReview(payload, submission())).toEqual({ outcome: 'closed', reason: 'site' })
    await payload.updateGlobal({ slug: 'site-settings', context: quiet, data: { siteName: 'Portal', reviews: { enabled: true } } })
    expect(await submitReview(payload, submission())).toEqual({ outcome: 'received' })
  })
})

describe('the rate limit', () => {
  it('lets exactly the allowed number through from one address under 50 concurrent submissions', async () => {
    const before = (await allReviews()).length
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => submitReview(payload, submission({ clientAddress: '192.0.2.99', fields: { body: `Eyni ünvandan ${i} nömrəli rəy.` } }))),
    )
    const received = outcomes.filter((outcome) => outcome.outcome === 'received').length
    expect(received).toBe(reviewLimits().perArticle.max)
    for (const outcome of outcomes.filter((outcome) => outcome.outcome !== 'received')) {
      expect(outcome.outcome).toBe('rate-limited')
      if (outcome.outcome === 'rate-limited') expect(outcome.retryAfterSeconds).toBeGreaterThan(0)
    }
    expect((await allReviews()).length).toBe(before + received)
  })

  it('stores all 50 concurrent submissions from 50 different addresses', async () => {
    const before = (await allReviews()).length
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => submitReview(payload, submission({ fields: { body: `Fərqli oxucudan ${i} nömrəli rəy.` } }))),
    )
    expect(outcomes.every((outcome) => outcome.outcome === 'received')).toBe(true)
    expect((await allReviews()).length).toBe(before + 50)
  })

  it('limits one address site-wide across articles', async () => {
    const limits = { perArticle: { max: 3, windowSeconds: 600 }, siteWide: { max: 4, windowSeconds: 3600 }, trustedProxies: 0 }
    const others = await Promise.all(
      [1, 2].map((n) => payload.create({ collection: 'articles', locale: 'az', context: quiet, data: { title: `Başqa məqalə ${n}`, _status: 'published' } })),
    )
    const send = (target: Article, n: number) =>
      submitReview(payload, submission({ article: target.id, clientAddress: '192.0.2.77', fields: { body: `Sayt boyu limit yoxlanışı ${n}.` } }), { limits })
    const outcomes = [await send(others[0], 1), await send(others[0], 2), await send(others[0], 3), await send(others[0], 4)]
    expect(outcomes.map((o) => o.outcome)).toEqual(['received', 'received', 'received', 'rate-limited'])
    expect((await send(others[1], 5)).outcome).toBe('received')
    expect((await send(others[1], 6)).outcome).toBe('rate-limited')
  })
})

describe('who may do what with reviews', () => {
  it('shows the public approved reviews only, without e-mail, IP hash or status', async () => {
    const [pending] = (await allReviews()).filter((review) => review.status === 'pending')
    await payload.update({ collection: 'reviews', id: pending.id, user: moderator, overrideAccess: false, data: { status: 'approved' } })
    const { docs } = await payload.find({ collection: 'reviews', overrideAccess: false, limit: 1000, pagination: false })
    expect(docs.map((doc) => doc.id)).toEqual([pending.id])
    for (const field of ['email', 'ipHash', 'userAgent', 'status', 'flags', 'moderationNote', 'moderatedBy']) {
      expect(docs[0]).not.toHaveProperty(field)
    }
  })

  it('records who moderated and when', async () => {
    const [pending] = (await allReviews()).filter((review) => review.status === 'pending')
    const updated = await payload.update({
      collection: 'reviews',
      id: pending.id,
      user: moderator,
      overrideAccess: false,
      data: { status: 'rejected', moderationNote: 'Mövzudan kənar', body: 'rewritten', ipHash: 'forged' },
    })
    expect(updated).toMatchObject({ status: 'rejected', moderationNote: 'Mövzudan kənar', queueOrder: 2 })
    expect(typeof updated.moderatedBy === 'object' ? updated.moderatedBy?.id : updated.moderatedBy).toBe(moderator.id)
    expect(updated.moderatedAt).toBeTruthy()
    // What the reader wrote, and what the server recorded, cannot be changed by anyone.
    expect(updated.body).toBe(pending.body)
    expect(updated.ipHash).toBe(pending.ipHash)
  })

  it('lets nobody create a review except through the site form, and translators nothing at all', async () => {
    const data = { article: article.id, locale: 'az' as const, authorName: 'Robot', body: 'Birbaşa API ilə yazılmış rəy.', status: 'approved' as const }
    await expect(payload.create({ collection: 'reviews', data, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(payload.create({ collection: 'reviews', data, user: moderator, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const { docs } = await payload.find({ collection: 'reviews', user: translator, overrideAccess: false, limit: 1000, pagination: false })
    expect(docs.every((doc) => !('email' in doc) && !('status' in doc))).toBe(true)
    const [any] = await allReviews()
    await expect(
      payload.update({ collection: 'reviews', id: any.id, user: translator, overrideAccess: false, data: { status: 'approved' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'reviews', id: any.id, user: moderator, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('keeps the rate-limit bookkeeping out of everyone’s reach', async () => {
    await expect(payload.find({ collection: 'review-locks', overrideAccess: false, user: moderator })).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({ collection: 'review-locks', overrideAccess: false, data: { key: 'x', expiresAt: new Date().toISOString() } }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('keeps the blocklist out of the public site settings', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings.reviews).not.toHaveProperty('blocklist')
  })
})
