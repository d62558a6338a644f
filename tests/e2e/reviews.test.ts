import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser } from 'playwright-core'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/**
 * Reader reviews over HTTP and in Chromium. The portal runs with TRUSTED_PROXY_HOPS=1 (globalSetup.mjs): the
 * tests stand in for the one trusted reverse proxy, so the last X-Forwarded-For entry they send is the reader.
 */

type Doc = { id: number; [key: string]: unknown }
let token: string
let moderatorToken: string
let browser: Browser
let readers = 0
const moderator = { email: `moderator-${Date.now().toString(36)}@reviews.test`, password: 'moderator-password-1' }

/** A reader address nobody else in this run has used. */
const freshReader = () => {
  readers += 1
  return `100.64.${Math.floor(readers / 250)}.${(readers % 250) + 1}`
}

const api = async (path: string, init: RequestInit & { as?: string } = {}) => {
  const headers = new Headers(init.headers)
  if (init.as) headers.set('authorization', `JWT ${init.as}`)
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json')
  return get(`/api${path}`, { ...init, headers })
}

async function createArticle(titles: Partial<Record<'az' | 'en' | 'ru', string>>, extra: Record<string, unknown> = {}): Promise<{ id: number; slugs: Record<string, string> }> {
  const slugs: Record<string, string> = {}
  let id = 0
  for (const [locale, title] of Object.entries(titles)) {
    const response = id
      ? await api(`/articles/${id}?locale=${locale}`, { method: 'PATCH', as: token, body: JSON.stringify({ title, _status: 'published' }) })
      : await api(`/articles?locale=${locale}`, { method: 'POST', as: token, body: JSON.stringify({ title, _status: 'published', ...extra }) })
    const { doc } = (await response.json()) as { doc: Doc & { slug: string } }
    id = doc.id
    slugs[locale] = doc.slug
  }
  return { id, slugs }
}

const submit = (body: Record<string, unknown>, reader = freshReader(), extraHeaders: Record<string, string> = {}) =>
  get('/api/reviews/submit', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': reader, ...extraHeaders },
    body: JSON.stringify(body),
  })

const storedFor = async (article: number): Promise<Doc[]> =>
  ((await (await api(`/reviews?depth=0&limit=1000&where[article][equals]=${article}`, { as: token })).json()) as { docs: Doc[] }).docs

const review = (article: number, text: string, locale = 'az') => ({ article, locale, name: 'Oxucu', body: text })

beforeAll(async () => {
  const login = async (credentials: { email: string; password: string }) =>
    ((await (await api('/users/login', { method: 'POST', body: JSON.stringify(credentials) })).json()) as { token: string }).token
  token = await login(ADMIN)
  await api('/users', { method: 'POST', as: token, body: JSON.stringify({ name: 'Moderator', role: 'moderator', ...moderator }) })
  moderatorToken = await login(moderator)
  browser = await chromium.launch(launchOptions)
})

afterAll(async () => {
  await browser.close()
})

describe('the review endpoint', () => {
  let article: { id: number; slugs: Record<string, string> }

  beforeAll(async () => {
    article = await createArticle({ az: 'Rəy endpointi üçün məqalə', ru: 'Статья для проверки отзывов' })
  })

  it('receives a valid review as pending and says so in the review’s language', async () => {
    const response = await submit({ ...review(article.id, 'Статья очень понравилась, спасибо.', 'ru'), email: 'reader@example.com', rating: 4 })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ status: 'thanks', message: 'Спасибо — ваш отзыв появится после модерации.' })
    const [stored] = await storedFor(article.id)
    expect(stored).toMatchObject({ status: 'pending', locale: 'ru', rating: 4, email: 'reader@example.com' })
  })

  it('answers field errors in the reader’s language and stores nothing', async () => {
    const before = (await storedFor(article.id)).length
    const response = await submit({ article: article.id, locale: 'en', name: 'A', email: 'nope', rating: 9, body: 'short' })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Record<string, { code: string; message: string }> }
    expect(errors).toEqual({
      name: { code: 'tooShort', message: 'Your name must be at least 2 characters.' },
      email: { code: 'invalidEmail', message: 'Enter an e-mail address like name@example.com.' },
      rating: { code: 'invalidRating', message: 'Choose a rating from 1 to 5.' },
      body: { code: 'tooShort', message: 'Your review must be at least 10 characters.' },
    })
    expect((await storedFor(article.id)).length).toBe(before)
  })

  it('refuses oversized, malformed and non-JSON bodies without storing anything', async () => {
    const before = (await storedFor(article.id)).length
    const huge = JSON.stringify({ ...review(article.id, 'x'.repeat(1024 * 1024)) })
    const tooLarge = await get('/api/reviews/submit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge })
    expect(tooLarge.status).toBe(413)
    expect((await submit(review(article.id, 'y'.repeat(100 * 1024)))).status).toBe(413)
    const longButSmall = await submit(review(article.id, 'z'.repeat(3001)))
    expect(longButSmall.status).toBe(400)
    expect(((await longButSmall.json()) as { errors: Record<string, { code: string }> }).errors.body.code).toBe('tooLong')
    const malformed = await get('/api/reviews/submit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"article":' })
    expect(malformed.status).toBe(400)
    const form = await get('/api/reviews/submit', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' })
    expect(form.status).toBe(415)
    expect((await submit({ ...review(999999, 'Mövcud olmayan məqaləyə rəy.') })).status).toBe(404)
    expect((await storedFor(article.id)).length).toBe(before)
  })

  it('keeps status and moderation fields out of readers’ hands', async () => {
    const text = 'Statusu özüm təyin etməyə çalışıram.'
    const response = await submit({ ...review(article.id, text), status: 'approved', ipHash: 'forged', moderationNote: 'ok', flags: [] })
    expect(response.status).toBe(201)
    const stored = (await storedFor(article.id)).find((doc) => doc.body === text)
    expect(stored).toMatchObject({ status: 'pending', moderationNote: null })
    expect(stored?.ipHash).toMatch(/^[0-9a-f]{64}$/)
    // Payload's own create endpoint is closed to the public (and to staff).
    const direct = await api('/reviews', { method: 'POST', body: JSON.stringify({ article: article.id, locale: 'az', authorName: 'X', body: text, status: 'approved' }) })
    expect(direct.status).toBe(403)
  })

  it('gives the public no way to filter or sort by what it may not read', async () => {
    const email = `oracle-${Date.now()}@example.com`
    expect((await submit({ ...review(article.id, 'E-poçtu gizli qalmalı olan rəy.'), email })).status).toBe(201)
    const approved = (await storedFor(article.id)).find((doc) => doc.email === email)!
    await api(`/reviews/${approved.id}`, { method: 'PATCH', as: token, body: JSON.stringify({ status: 'approved' }) })
    for (const query of [
      `where[email][equals]=${encodeURIComponent(email)}`,
      `where[email][like]=oracle`,
      `where[ipHash][exists]=true`,
      `where[status][equals]=pending`,
      `where[userAgent][exists]=true`,
      `sort=email`,
    ]) {
      const response = await get(`/api/reviews?depth=0&limit=100&${query}`)
      expect([query, response.status < 500]).toEqual([query, true])
      if (response.ok) {
        const { docs } = (await response.json()) as { docs: Doc[] }
        // A filter on a hidden field must not narrow the answer down to the matching review.
        expect([query, docs.some((doc) => 'email' in doc || 'ipHash' in doc || 'status' in doc)]).toEqual([query, false])
        if (query.includes('email')) expect([query, docs.length === 1 && docs[0].id === approved.id]).toEqual([query, false])
      }
    }
  })

  it('lets exactly the allowed number through a burst of 50 from one reader, and answers the rest 429 with Retry-After', async () => {
    const target = await createArticle({ az: 'Sürətli rəy axını üçün məqalə' })
    const reader = freshReader()
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => submit(review(target.id, `Eyni oxucudan ${i} nömrəli rəy.`), reader)))
    const statuses = responses.map((response) => response.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(3)
    expect(statuses.filter((status) => status === 429)).toHaveLength(47)
    const refused = responses.find((response) => response.status === 429)!
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await refused.json()) as { message: string }).message).toMatch(/^Qısa müddətdə bir neçə rəy göndərmisiniz\. \d+ dəqiqə sonra yenidən cəhd edin\.$/)
    expect(await storedFor(target.id)).toHaveLength(3)
  })

  it('stores all of 50 concurrent reviews from 50 different readers', async () => {
    const target = await createArticle({ az: 'Çox oxucu üçün məqalə' })
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => submit(review(target.id, `Fərqli oxucudan ${i} nömrəli rəy.`))))
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201))
    expect(await storedFor(target.id)).toHaveLength(50)
  })

  it('is not fooled by a reader who forges X-Forwarded-For entries', async () => {
    const target = await createArticle({ az: 'Saxta başlıqlar üçün məqalə' })
    // The trusted proxy appends the real address last; whatever the reader put before it is ignored.
    const real = freshReader()
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      statuses.push((await submit(review(target.id, `Saxta ünvanla ${i} nömrəli cəhd.`), `10.${i}.0.1, 192.0.2.${i}, ${real}`)).status)
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429])
  })

  it('refuses the same review twice from the same reader', async () => {
    const reader = freshReader()
    expect((await submit(review(article.id, 'Bu rəyi iki dəfə göndərirəm.'), reader)).status).toBe(201)
    const again = await submit(review(article.id, 'Bu  rəyi iki dəfə GÖNDƏRİRƏM.'), reader)
    expect(again.status).toBe(409)
    expect(((await again.json()) as { message: string }).message).toBe('Bu rəyi artıq göndərmisiniz.')
  })

  it('holds a review with more than two links as suspected spam', async () => {
    const text = 'Baxın https://one.example https://two.example https://three.example'
    expect((await submit(review(article.id, text))).status).toBe(201)
    expect((await storedFor(article.id)).find((doc) => doc.body === text)).toMatchObject({ status: 'pending', flags: ['links'] })
  })

  it('answers a filled honeypot as usual and keeps the review as spam', async () => {
    const text = 'Robotun yazdığı rəy mətni burada.'
    expect((await submit({ ...review(article.id, text), website: 'https://spam.example' })).status).toBe(201)
    expect((await storedFor(article.id)).find((doc) => doc.body === text)).toMatchObject({ status: 'spam' })
  })

  it('refuses reviews on an article whose reviews are closed, and the page says why', async () => {
    const closed = await createArticle({ az: 'Rəyləri bağlı məqalə' }, { reviewsOpen: false })
    const response = await submit(review(closed.id, 'Bağlı məqaləyə rəy yazıram.'))
    expect(response.status).toBe(403)
    expect(((await response.json()) as { message: string }).message).toBe('Bu məqalə üçün rəylər bağlıdır.')
    const html = await (await get(`/az/news/${closed.slugs.az}`)).text()
    expect(html).toContain('Bu məqalə üçün rəylər bağlıdır.')
    expect(html).not.toContain('id="review-form"')
  })
})

describe('reviews on the article page', () => {
  it('shows approved reviews in their own language only, escaped, with the count and average rating', async () => {
    const article = await createArticle({ az: 'Təhlükəsiz rəylər məqaləsi', en: 'An article with safe reviews' })
    const attack = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> <a href="javascript:alert(1)">click</a> https://example.com'
    expect((await submit({ ...review(article.id, attack, 'en'), rating: 5 })).status).toBe(201)
    expect((await submit({ ...review(article.id, 'Second English review here.', 'en'), rating: 2 })).status).toBe(201)
    expect((await submit({ ...review(article.id, 'Azərbaycanca təsdiqlənməmiş rəy.'), rating: 1 })).status).toBe(201)
    const stored = await storedFor(article.id)
    expect(stored.find((doc) => doc.locale === 'en' && doc.rating === 5)?.body).toBe(attack)
    for (const doc of stored.filter((doc) => doc.locale === 'en')) {
      expect((await api(`/reviews/${doc.id}`, { method: 'PATCH', as: moderatorToken, body: JSON.stringify({ status: 'approved' }) })).status).toBe(200)
    }

    const html = await (await get(`/en/news/${article.slugs.en}`)).text()
    expect(html).toContain('2 reviews')
    expect(html).toContain('Average rating: 3.5 out of 5')
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;')
    expect(html).not.toContain('<script>window.pwned')
    expect(html).not.toMatch(/<a [^>]*href="javascript:/)
    expect(html).not.toMatch(/<a [^>]*href="https:\/\/example\.com"/)
    const az = await (await get(`/az/news/${article.slugs.az}`)).text()
    expect(az).not.toContain('Azərbaycanca təsdiqlənməmiş rəy.')
    expect(az).not.toContain('Second English review here.')

    const page = await browser.newPage()
    await page.goto(`${baseURL()}/en/news/${article.slugs.en}`)
    expect(await page.locator('.review-body').first().textContent()).toBe('Second English review here.')
    expect(await page.locator('.review-body', { hasText: 'window.pwned=1' }).textContent()).toBe(attack)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    await page.close()
  })

  it('pages reviews after 20, newest first, and answers 404 past the last page', async () => {
    const article = await createArticle({ az: 'Çoxlu rəyli məqalə' })
    for (let i = 1; i <= 21; i++) expect((await submit(review(article.id, `Ardıcıl rəy nömrə ${i}, oxucudan.`))).status).toBe(201)
    const ids = (await storedFor(article.id)).map((doc) => doc.id).join(',')
    const bulk = await api(`/reviews?where[id][in]=${ids}`, { method: 'PATCH', as: moderatorToken, body: JSON.stringify({ status: 'approved' }) })
    expect(bulk.status).toBe(200)

    const first = await (await get(`/az/news/${article.slugs.az}`)).text()
    expect(first).toContain('21 rəy')
    expect(first).toContain('Ardıcıl rəy nömrə 21, oxucudan.')
    expect(first).not.toContain('Ardıcıl rəy nömrə 1, oxucudan.')
    const second = await get(`/az/news/${article.slugs.az}?page=2`)
    expect(second.status).toBe(200)
    expect(await second.text()).toContain('Ardıcıl rəy nömrə 1, oxucudan.')
    expect((await get(`/az/news/${article.slugs.az}?page=3`)).status).toBe(404)
    expect((await get(`/az/news/${article.slugs.az}?page=abc`)).status).toBe(404)
  })
})

describe('a reader and a moderator in the browser', () => {
  it('submits without JavaScript: errors keep what was typed, then the thank-you', async () => {
    const article = await createArticle({ ru: 'Статья для формы без JavaScript' })
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshReader() } })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/ru/news/${article.slugs.ru}`)
    await page.fill('#review-name', 'Мария')
    await page.fill('#review-email', 'maria@example')
    await page.fill('#review-body', 'Коротко')
    await page.click('#review-form button[type="submit"]')
    await page.waitForLoadState()
    expect(await page.locator('#review-email-error').textContent()).toBe('Укажите адрес вида name@example.com.')
    expect(await page.locator('#review-body-error').textContent()).toBe('Отзыв должен быть не короче 10 символов.')
    expect(await page.inputValue('#review-name')).toBe('Мария')
    expect(await page.inputValue('#review-email')).toBe('maria@example')
    expect(await page.inputValue('#review-body')).toBe('Коротко')

    await page.fill('#review-email', 'maria@example.com')
    await page.fill('#review-body', 'Без JavaScript всё тоже работает.')
    await page.click('#review-form button[type="submit"]')
    await page.waitForLoadState()
    expect(await page.locator('.review-result').textContent()).toBe('Спасибо — ваш отзыв появится после модерации.')
    expect(await page.inputValue('#review-body')).toBe('')
    expect((await storedFor(article.id)).map((doc) => doc.body)).toEqual(['Без JavaScript всё тоже работает.'])
    // The result was this reader's response only: the cached page others get has the empty form.
    const cachedPage = await (await get(`/ru/news/${article.slugs.ru}`)).text()
    expect(cachedPage).toContain('<div tabindex="-1" role="status" class="review-result"></div>')
    expect(cachedPage).not.toContain('value="Мария"')

    // Past the limit (3 per article) the form says when to try again, in the page's language, and keeps the text.
    for (const text of ['Второй отзыв того же читателя.', 'Третий отзыв того же читателя.', 'Четвёртый отзыв — уже слишком много.']) {
      await page.fill('#review-name', 'Мария')
      await page.fill('#review-body', text)
      await page.click('#review-form button[type="submit"]')
      await page.waitForLoadState()
    }
    expect(await page.locator('.review-result').textContent()).toMatch(
      /^Вы отправили несколько отзывов за короткое время\. Попробуйте снова через \d+ (минуту|минуты|минут)\.$/,
    )
    expect(await page.inputValue('#review-body')).toBe('Четвёртый отзыв — уже слишком много.')
    expect(await storedFor(article.id)).toHaveLength(3)
    await context.close()
  })

  it('submits in place with JavaScript, and a moderator’s approval puts it on the page', async () => {
    const article = await createArticle({ az: 'JavaScript ilə rəy forması', en: 'A review form with JavaScript' })
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshReader() } })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/en/news/${article.slugs.en}`)
    await page.locator('#review-form button[type="submit"]').waitFor()
    // Checked in the browser first: nothing is sent, focus goes to the first field to correct.
    await page.fill('#review-body', 'Too short')
    await page.click('#review-form button[type="submit"]')
    await page.locator('#review-name-error').waitFor()
    expect(await page.locator('#review-name-error').textContent()).toBe('Enter your name.')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-name')
    expect(await page.inputValue('#review-body')).toBe('Too short')

    await page.fill('#review-name', 'Elvin')
    await page.fill('#review-body', 'Read it in one go — thank you for this piece.')
    await page.selectOption('#review-rating', '5')
    const url = page.url()
    await page.click('#review-form button[type="submit"]')
    await page.locator('.review-result-received').waitFor()
    expect(page.url()).toBe(url)
    expect(await page.locator('#review-form [role="status"]').textContent()).toBe('Thank you — your review will appear after moderation.')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status')
    await context.close()

    // The moderator approves it from the queue in the admin, with the bulk action.
    const admin = await browser.newPage({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en' } })
    await admin.goto(`${baseURL()}/admin/login`)
    await admin.locator('input[name="email"]').fill(moderator.email)
    await admin.locator('input[name="password"]').fill(moderator.password)
    await admin.getByRole('button', { name: 'Login' }).click()
    await admin.waitForURL(/\/admin$/)
    await admin.goto(`${baseURL()}/admin/collections/reviews`)
    const row = admin.locator('tr', { hasText: 'Elvin' }).first()
    await row.locator('input[type="checkbox"]').check()
    await admin.getByRole('button', { name: 'Approve' }).click()
    const [stored] = await storedFor(article.id)
    for (let i = 0; i < 40 && (await storedFor(article.id))[0].status !== 'approved'; i++) await admin.waitForTimeout(250)
    expect((await storedFor(article.id))[0]).toMatchObject({ id: stored.id, status: 'approved' })
    await admin.close()

    const reader = await browser.newPage()
    await reader.goto(`${baseURL()}/en/news/${article.slugs.en}`)
    expect(await reader.locator('.review-author').allTextContents()).toEqual(['Elvin'])
    expect(await reader.locator('.review-body').first().textContent()).toBe('Read it in one go — thank you for this piece.')
    await reader.close()
    const az = await (await get(`/az/news/${article.slugs.az}`)).text()
    expect(az).not.toContain('Read it in one go')
  })
})
