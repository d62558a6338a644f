import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser, type Page } from 'playwright-core'

import { ADMIN, baseURL, get } from './env'
import { launchOptions } from './browser'

let browser: Browser
let page: Page
const editor = { email: `editor-${Date.now().toString(36)}@newsroom.test`, password: 'editor-password-1' }
const translator = { email: `translator-${Date.now().toString(36)}@newsroom.test`, password: 'translator-password-1' }
let token: string

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  for (const [account, role] of [[editor, 'editor'], [translator, 'translator']] as const) {
    const created = await get('/api/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ name: role, role, ...account }),
    })
    expect(created.status).toBe(201)
  }
  browser = await chromium.launch(launchOptions)
  page = await browser.newPage({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en' } })
})

afterAll(async () => {
  await browser.close()
})

/** Types into the article body (Lexical) and waits until the editor holds the whole text. */
async function writeBody(text: string) {
  const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await page.keyboard.type(text)
  await page.locator('.rich-text-lexical', { hasText: text }).first().waitFor()
  // Payload's Lexical field hands its value to the form when the browser is idle (at most 500 ms later).
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 1000 })))
  await page.waitForTimeout(600)
}

async function logIn(account: { email: string; password: string }) {
  await page.goto(`${baseURL()}/admin/login`)
  await page.locator('input[name="email"]').fill(account.email)
  await page.locator('input[name="password"]').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)
}

async function publish() {
  await page.getByRole('button', { name: /^Publish changes$/ }).click()
  await page.getByText(/published successfully|Updated successfully/i).first().waitFor()
}

describe('an editor in the admin', () => {
  it('writes an article in az, translates it into en, publishes, and readers see exactly those languages', async () => {
    await logIn(editor)

    await page.goto(`${baseURL()}/admin/collections/articles/create?locale=az`)
    await page.locator('#field-title').fill('Redaktorun admin paneldən yazdığı xəbər')
    await writeBody('Bu xəbər brauzer testində redaktor tərəfindən yazılıb.')
    await publish()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)

    // The admin's locale menu, as an editor uses it.
    await page.locator('.localizer button').first().click()
    await page.locator('.localizer__locale-code[data-locale="en"]').click()
    await page.waitForURL(/locale=en/)
    await expect(page.locator('#field-title').inputValue()).resolves.toBe('')
    await page.locator('#field-title').fill('News written by an editor in the admin')
    await writeBody('This story was written by an editor in a browser test.')
    await publish()

    const reader = await browser.newPage()
    const az = await reader.goto(`${baseURL()}/az/news/redaktorun-admin-panelden-yazdigi-xeber`)
    expect(az?.status()).toBe(200)
    expect(await reader.locator('article').textContent()).toContain('Bu xəbər brauzer testində redaktor tərəfindən yazılıb.')
    const en = await reader.goto(`${baseURL()}/en/news/news-written-by-an-editor-in-the-admin`)
    expect(en?.status()).toBe(200)
    expect(await reader.locator('article').textContent()).toContain('This story was written by an editor in a browser test.')
    expect((await reader.goto(`${baseURL()}/ru/news/redaktorun-admin-panelden-yazdigi-xeber`))?.status()).toBe(404)
    await reader.goto(`${baseURL()}/ru`)
    expect(await reader.locator('main').textContent()).not.toContain('Redaktorun admin paneldən')
    await reader.close()
  })

  it('lets a translator translate, without publish buttons or access to the dates', async () => {
    const list = await get('/api/articles?locale=az&limit=1&where[slug][equals]=redaktorun-admin-panelden-yazdigi-xeber', {
      headers: { authorization: `JWT ${token}` },
    })
    const { docs } = (await list.json()) as { docs: { id: number }[] }
    await page.context().clearCookies()
    await logIn(translator)
    await page.goto(`${baseURL()}/admin/collections/articles/${docs[0].id}?locale=ru`)
    // Payload renders every field read-only until the form has loaded the document and the user's permissions;
    // a translator's title must then become editable (this wait fails the test if it never does).
    // Articles autosave drafts, so a translator has no save button and must not get a publish one.
    await page.locator('#field-title:not([disabled]):not([readonly])').waitFor({ timeout: 20_000 })
    expect(await page.getByRole('button', { name: /Publish/ }).count()).toBe(0)
    expect(await page.locator('#field-publishedAt input').first().isEditable()).toBe(false)

    // What the translator types is autosaved as a Russian draft; the published article keeps no ru title.
    await page.locator('#field-title').fill('Новость, переведённая в админке')
    const draftTitle = async () => {
      const res = await get(`/api/articles/${docs[0].id}?locale=ru&draft=true&depth=0&fallback-locale=none`, { headers: { authorization: `JWT ${token}` } })
      return ((await res.json()) as { title?: string | null }).title
    }
    for (let i = 0; i < 40 && (await draftTitle()) !== 'Новость, переведённая в админке'; i++) await page.waitForTimeout(250)
    expect(await draftTitle()).toBe('Новость, переведённая в админке')
    const published = await get(`/api/articles/${docs[0].id}?locale=ru&depth=0&fallback-locale=none`)
    expect(((await published.json()) as { title?: string | null }).title ?? null).toBeNull()
  })
})
