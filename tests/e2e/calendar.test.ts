import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser, type Page } from 'playwright-core'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/**
 * The commemoration calendar and the dashboard in a real browser against the seeded portal: the admin sees the
 * next Khojaly anniversary's tasks in each language, assigns one and marks one done from the calendar, and each
 * role's dashboard opens on its own work.
 */

type Task = { id: number; kind: string; locale: string; anniversaryDate: string; done: boolean; assignee?: number | null; doneBy?: number | null }

let browser: Browser
let token: string
let khojaly: number
let tasks: Task[]
const stamp = Date.now().toString(36)
const translator = { name: `Calendar translator ${stamp}`, email: `calendar-translator-${stamp}@newsroom.test`, password: 'translator-password-3' }
const moderator = { name: `Calendar moderator ${stamp}`, email: `calendar-moderator-${stamp}@newsroom.test`, password: 'moderator-password-3' }

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await get(`/api${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

const khojalyTasks = async () => (await api<{ docs: Task[] }>('GET', `/editorial-tasks?where[event][equals]=${khojaly}&depth=0&limit=100`)).docs

async function loggedIn(account: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en' } })
  await page.goto(`${baseURL()}/admin/login`)
  await page.locator('input[name="email"]').fill(account.email)
  await page.locator('input[name="password"]').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)
  return page
}

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  ;({ token } = (await login.json()) as { token: string })
  for (const [account, role] of [
    [translator, 'translator'],
    [moderator, 'moderator'],
  ] as const) {
    await api('POST', '/users', { ...account, role })
  }
  const events = await api<{ docs: { id: number }[] }>('GET', '/remembrance-events?where[slug][equals]=xocali-soyqirimi&locale=az&depth=0')
  khojaly = events.docs[0].id
  tasks = await khojalyTasks()
  browser = await chromium.launch(launchOptions)
})

afterAll(async () => {
  await browser.close()
})

describe('the commemoration calendar', () => {
  let page: Page
  const month = () => tasks[0].anniversaryDate.slice(0, 7)
  const row = (kind: string, locale: string) => page.locator(`tr[data-event="${khojaly}"][data-kind="${kind}"][data-locale="${locale}"]`)

  it('lists the tasks for the next Khojaly anniversary in each language, with the 00:00-Baku moment of the day', async () => {
    expect(tasks.map((task) => `${task.kind}:${task.locale}`).sort()).toEqual(['plan:az', 'plan:en', 'plan:ru', 'publish:az', 'publish:en', 'publish:ru', 'translate:en', 'translate:ru'])
    page = await loggedIn(ADMIN)
    await page.goto(`${baseURL()}/admin/calendar?month=${month()}`)
    await page.getByRole('heading', { name: 'Commemoration calendar', level: 1 }).waitFor()
    for (const task of tasks) await row(task.kind, task.locale).waitFor()
    expect(await page.locator(`tr[data-event="${khojaly}"]`).count()).toBe(8)
    const commemoration = page.locator(`[data-commemoration="${khojaly}"]`)
    await expect(commemoration.locator('[data-midnight]').getAttribute('data-midnight')).resolves.toBe(`${month()}-25T20:00:00.000Z`)
    await expect(commemoration.textContent()).resolves.toContain('00:00 in Baku')
    await page.screenshot({ path: 'test-results/screenshots/admin-calendar.png', fullPage: true })
  })

  it('assigns a task and marks one done from the calendar', async () => {
    const plan = row('plan', 'en')
    const options = await plan.locator('select[name="assignee"] option').allTextContents()
    expect(options).toContain(translator.name)
    expect(options).not.toContain(moderator.name)
    await plan.locator('select[name="assignee"]').selectOption({ label: translator.name })
    await plan.getByText(translator.name, { exact: true }).and(page.locator('td')).waitFor()

    const translate = row('translate', 'ru')
    await translate.getByRole('button', { name: 'Mark done' }).click()
    await page.locator(`tr[data-event="${khojaly}"][data-kind="translate"][data-locale="ru"][data-done="true"]`).waitFor()
    const after = await khojalyTasks()
    const me = (await api<{ user: { id: number } }>('GET', '/users/me')).user.id
    expect(after.find((task) => task.kind === 'translate' && task.locale === 'ru')).toMatchObject({ done: true, doneBy: me })
    expect(after.find((task) => task.kind === 'plan' && task.locale === 'en')?.assignee).toEqual(expect.any(Number))
    await page.close()
  })
})

describe('the dashboard', () => {
  it('opens on a translator’s own tasks and the translations to do, with no reviews', async () => {
    const page = await loggedIn(translator)
    const mine = page.locator('[data-attention="tasks"]')
    await mine.waitFor()
    await expect(mine.textContent()).resolves.toMatch(/Plan coverage \(en\)/)
    await page.locator('[data-attention="translations"]').waitFor()
    await page.locator('[data-attention="commemorations"]').getByText(/Khojaly/).first().waitFor()
    expect(await page.locator('[data-attention="reviews"]').count()).toBe(0)
    await page.screenshot({ path: 'test-results/screenshots/admin-dashboard-translator.png', fullPage: true })
    await mine.getByRole('link', { name: /Plan coverage/ }).first().click()
    await page.waitForURL(/\/admin\/calendar\?month=/)
    await page.locator(`tr[data-event="${khojaly}"][data-kind="plan"][data-locale="en"]`).waitFor()
    await page.close()
  })

  it('opens on the reviews waiting for a moderator, and no tasks', async () => {
    const page = await loggedIn(moderator)
    await page.locator('[data-attention="reviews"]').getByRole('link', { name: /Moderate/ }).waitFor()
    expect(await page.locator('[data-attention="tasks"]').count()).toBe(0)
    expect(await page.locator('#nav-calendar').count()).toBe(0)
    await page.close()
  })
})
