import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser, type Page } from 'playwright-core'

import { ADMIN, baseURL, get } from './env'
import { launchOptions } from './browser'

/**
 * A translator changes an interface string in the admin and readers see it within seconds, without a
 * deploy or restart; an invalid ICU message is refused with the reason and changes nothing.
 */

let browser: Browser
let page: Page
const translator = { email: `strings-${Date.now().toString(36)}@newsroom.test`, password: 'translator-password-2' }
const KEY = 'NewsLine.heading'

const homeHtml = async () => (await get('/en')).text()

async function waitForHome(text: string, withinMs: number): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < withinMs) {
    if ((await homeHtml()).includes(text)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`/en did not show "${text}" within ${withinMs} ms`)
}

const untranslated = `Hələ tərcümə olunmayıb ${Date.now().toString(36)}`

const cell = () => page.locator(`tr[data-key="${KEY}"] td[data-locale="en"]`)

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const { token } = (await login.json()) as { token: string }
  const created = await get('/api/users', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ name: 'Strings translator', role: 'translator', ...translator }),
  })
  expect(created.status).toBe(201)
  const article = await get('/api/articles?locale=az', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title: untranslated, _status: 'draft' }),
  })
  expect(article.status).toBe(201)
  browser = await chromium.launch(launchOptions)
  page = await browser.newPage({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en' } })
  await page.goto(`${baseURL()}/admin/login`)
  await page.locator('input[name="email"]').fill(translator.email)
  await page.locator('input[name="password"]').fill(translator.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)
})

afterAll(async () => {
  await browser.close()
})

describe('interface strings in the admin', () => {
  it('a translator changes the en news-line heading and the live /en home shows it within 5 seconds', async () => {
    expect(await homeHtml()).toContain('>News line<')
    await page.goto(`${baseURL()}/admin/collections/ui-strings?q=${encodeURIComponent(KEY)}`)
    await expect(cell().locator('.string-editor__value').textContent()).resolves.toBe('News line')
    await cell().getByRole('button', { name: /^Edit/ }).click()
    await cell().locator('textarea').fill('Latest headlines')
    await cell().getByRole('button', { name: 'Save' }).click()
    await page.getByText('Saved').first().waitFor()
    expect(await waitForHome('>Latest headlines<', 5000)).toBeLessThan(5000)
    await cell().getByText('overridden').waitFor()
    await page.screenshot({ path: 'test-results/screenshots/admin-interface-strings.png' })
  })

  it('refuses an invalid ICU message with the reason and keeps the live text', async () => {
    await cell().getByRole('button', { name: /^Edit/ }).click()
    await cell().locator('textarea').fill('Latest {headlines')
    await cell().getByRole('button', { name: 'Save' }).click()
    await expect(cell().getByRole('alert').textContent()).resolves.toMatch(/Not saved: NewsLine\.heading \(en\) is not valid ICU/)
    expect(await homeHtml()).toContain('>Latest headlines<')
    await cell().getByRole('button', { name: 'Cancel' }).click()
  })

  it('filters overridden strings, and resets to the file default', async () => {
    await page.goto(`${baseURL()}/admin/collections/ui-strings?show=overridden`)
    await expect(page.locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')))).resolves.toContain(KEY)
    await cell().getByRole('button', { name: 'Reset to file' }).click()
    await page.getByText('The file’s text is back').first().waitFor()
    await waitForHome('>News line<', 5000)
  })

  it('shows translation status in the article list and the translator dashboard from the navigation', async () => {
    await page.goto(`${baseURL()}/admin/collections/articles`)
    await page.locator('.translation-status [data-locale="ru"]').first().waitFor()
    // The navigation links to the dashboard (the nav itself may be collapsed at this window size).
    await expect(page.locator('#nav-translations').getAttribute('href')).resolves.toBe('/admin/translations')
    await page.goto(`${baseURL()}/admin/translations`)
    await page.getByRole('heading', { name: 'Translations' }).waitFor()
    await page.screenshot({ path: 'test-results/screenshots/admin-translations.png' })
    const link = page.getByRole('link', { name: untranslated })
    await expect(link.first().getAttribute('href')).resolves.toMatch(/^\/admin\/collections\/articles\/\d+\?locale=(en|ru)$/)
  })
})
