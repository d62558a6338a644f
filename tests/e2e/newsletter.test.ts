import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { chromium, type Browser } from 'playwright-core'

import { addDays, startOfDayIn, todayIn } from '@/lib/calendar/days'

import { readMails, waitForMail, type Mail } from '../mail/inbox'
import { launchOptions } from './browser'
import { baseURL, get } from './env'

/**
 * The newsletter end to end, over HTTP against the built portal and its real SMTP sink: a reader signs up
 * without JavaScript, confirms from the link in the mail, gets the next digest in the language they chose,
 * changes preferences from its link, unsubscribes with the one POST a mail client sends, and gets no more mail.
 */

let payload: Payload
let browser: Browser
const NOW = new Date()
const asService = { overrideAccess: false, context: { newsletter: true, disableRevalidate: true } } as const

beforeAll(async () => {
  // Articles and the digest's job are set up through the Local API on the running portal's own database file,
  // as tests/e2e/scheduled.test.ts does; the portal's own job runner carries the job out.
  process.env.DATABASE_URI = process.env.E2E_DATABASE_URI
  process.env.PAYLOAD_SECRET = 'e2e-secret-not-for-production'
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
  browser = await chromium.launch(launchOptions)
})

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

const subscriberOf = async (email: string) => (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0, ...asService })).docs[0]

/** Queues a digest as the schedule would, for the issue of `at`, and waits until the portal's runner has finished it. */
async function runDigest(at: Date): Promise<void> {
  const job = await payload.jobs.queue({ task: 'sendDailyNewsletter', input: { at: at.toISOString() } })
  const deadline = Date.now() + 60_000
  for (;;) {
    const found = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0, overrideAccess: true })
    const current = found.docs[0] as { completedAt?: string | null; hasError?: boolean } | undefined
    if (!current || current.completedAt) return
    if (current.hasError) throw new Error('the digest job failed')
    if (Date.now() > deadline) throw new Error('the digest job did not finish')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function publishRu(title: string, publishedAt: Date): Promise<void> {
  await payload.create({ collection: 'articles', locale: 'ru', context: { disableRevalidate: true }, data: { title, standfirst: `${title}: подробности.`, _status: 'published', publishedAt: publishedAt.toISOString() } })
}

const rawHeader = (mail: Mail, name: string) => mail.parsed.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, '') ?? ''

describe('a reader and the newsletter', () => {
  it('subscribes without JavaScript, confirms, gets the digest in Russian, and stops it with one POST', async () => {
    const email = `reader-${Date.now().toString(36)}@example.org`
    const since = Date.now() - 1000
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '100.80.0.1' } })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/ru`)

    // A throwaway address is refused with the field's message, and everything chosen is kept.
    await page.fill('#newsletter-email', 'someone@mailinator.com')
    await page.uncheck('#newsletter input[name="languages"][value="ru"]')
    await page.check('#newsletter input[name="languages"][value="en"]')
    await page.check('#newsletter input[name="frequency"][value="daily"]')
    await page.click('#newsletter button[type="submit"]')
    await page.waitForLoadState()
    expect(await page.locator('#newsletter-email-error').textContent()).toBe('Адреса одноразовых почтовых ящиков не принимаются; введите свой постоянный адрес.')
    expect(await page.inputValue('#newsletter-email')).toBe('someone@mailinator.com')
    expect(await page.isChecked('#newsletter input[name="languages"][value="en"]')).toBe(true)
    expect(await page.isChecked('#newsletter input[name="frequency"][value="daily"]')).toBe(true)

    await page.fill('#newsletter-email', email)
    await page.uncheck('#newsletter input[name="languages"][value="en"]')
    await page.check('#newsletter input[name="languages"][value="ru"]')
    await page.click('#newsletter button[type="submit"]')
    await page.waitForLoadState()
    expect(await page.locator('#newsletter .newsletter-result').textContent()).toBe(
      'Почти готово: мы отправили на ваш адрес ссылку для подтверждения. Пока вы по ней не перейдёте, больше ничего отправлено не будет.',
    )
    // The cached page others get has the empty form.
    expect(await (await get('/ru')).text()).not.toContain(email)

    // The confirmation, in Russian; opening its link (as a mail scanner would) confirms nothing.
    const confirmation = await waitForMail({ to: email, since })
    expect(confirmation.subject).toBe('Подтвердите подписку на рассылку')
    expect(confirmation.text).toContain('Ссылка действует 48 часов.')
    const confirmLink = confirmation.links.find((link) => link.includes('/ru/newsletter/confirm?token='))!
    const opened = await get(new URL(confirmLink).pathname + new URL(confirmLink).search)
    expect(opened.status).toBe(200)
    expect(opened.headers.get('cache-control')).toMatch(/no-store|private|no-cache/)
    expect((await subscriberOf(email))?.status).toBe('pending')
    await page.goto(confirmLink.replace(new URL(confirmLink).origin, baseURL()))
    await page.click('main button[type="submit"]')
    await page.waitForLoadState()
    expect(await page.locator('main [role="status"]').textContent()).toBe('Спасибо! Подписка подтверждена. Следующий выпуск придёт на выбранных вами языках.')
    expect((await subscriberOf(email))?.status).toBe('confirmed')
    // The link is used up.
    await page.goto(confirmLink.replace(new URL(confirmLink).origin, baseURL()))
    expect(await page.locator('main [role="status"]').textContent()).toContain('Эта ссылка больше не действует')

    // The next daily digest, for yesterday's news, in the language chosen.
    const yesterday = addDays(todayIn(NOW), -1)
    await publishRu('Новость для рассылки', new Date(startOfDayIn(yesterday).getTime() + 9 * 3600_000))
    await runDigest(NOW)
    const digest = await waitForMail({ to: email, since, subject: /^Новости дня/ })
    expect(digest.html).toContain('Новость для рассылки')
    expect(digest.text).toContain('Новость для рассылки: подробности.')
    expect(rawHeader(digest, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const oneClick = rawHeader(digest, 'list-unsubscribe').replace(/^<|>$/g, '')
    expect(oneClick).toMatch(/\/api\/subscribers\/unsubscribe\?token=[\w.-]+&locale=ru$/)

    // Preferences from the mail's link: add Azerbaijani.
    const preferences = digest.links.find((link) => link.includes('/ru/newsletter/preferences?token='))!
    await page.goto(preferences.replace(new URL(preferences).origin, baseURL()))
    await page.check('main input[name="languages"][value="az"]')
    await page.click('main button[type="submit"]')
    await page.waitForLoadState()
    expect(await page.locator('main [role="status"]').textContent()).toBe('Настройки сохранены.')
    expect((await subscriberOf(email))?.languages).toEqual(['az', 'ru'])

    // The mail client's one-click unsubscription (RFC 8058); a GET of the address (a scanner) changes nothing.
    const path = oneClick.replace(new URL(oneClick).origin, '')
    expect((await get(path)).status).toBe(303)
    expect((await subscriberOf(email))?.status).toBe('confirmed')
    const post = await get(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    expect(post.status).toBe(200)
    expect((await subscriberOf(email))?.status).toBe('unsubscribed')
    // A replay is answered the same.
    expect((await get(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })).status).toBe(200)

    // No more mail: the next day's digest goes out without them.
    await publishRu('Ещё одна новость', new Date(startOfDayIn(todayIn(NOW)).getTime() + 60_000))
    const before = (await readMails({ to: email, since })).length
    await runDigest(new Date(NOW.getTime() + 86400_000))
    expect((await readMails({ to: email, since })).length).toBe(before)
    await context.close()
  })

  it('refuses a burst of sign-ups from one reader, and forged or bad links with a page, never a 500', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '100.80.0.2' } })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/en`)
    let text = ''
    for (let n = 0; n < 6; n++) {
      await page.fill('#newsletter-email', `burst-${n}-${Date.now().toString(36)}@example.org`)
      await page.click('#newsletter button[type="submit"]')
      await page.waitForLoadState()
      text = (await page.locator('#newsletter .newsletter-result').textContent()) ?? ''
    }
    expect(text).toMatch(/^Too many requests\. Please try again in \d+ minutes?\.$/)
    await context.close()

    for (const path of ['/en/newsletter/confirm?token=forged', '/en/newsletter/unsubscribe?token=1.2.abc', '/en/newsletter/preferences', '/az/newsletter/confirm']) {
      const response = await get(path)
      expect([path, response.status]).toEqual([path, 200])
      expect(await response.text()).toMatch(/This link no longer works|Bu keçid artıq işləmir/)
    }
    const forged = await get('/api/subscribers/unsubscribe?token=1.20000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&locale=en', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(forged.status).toBe(400)
  })
})
