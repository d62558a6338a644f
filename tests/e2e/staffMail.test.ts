import http from 'node:http'

import { beforeAll, describe, expect, it } from '@jest/globals'
import { chromium } from 'playwright-core'

import { waitForMail, waitForMails, readMails, type Mail } from '../mail/inbox'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/**
 * Staff mail over HTTP against the running portal, whose mail goes to the SMTP sink globalSetup.mjs started:
 * a forgotten password, an invitation and the moderators' review digest, each read back from the sink,
 * parsed, and its link followed. The portal runs its jobs every second (JOBS_INTERVAL_SECONDS=1).
 */

const run = Date.now().toString(36)
type Reply = { status: number; json: Record<string, unknown> }
let adminToken = ''

async function api(method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}): Promise<Reply> {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `JWT ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await get(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}

const logIn = async (email: string, password: string) => {
  const reply = await api('POST', '/users/login', { body: { email, password } })
  return { status: reply.status, token: typeof reply.json.token === 'string' ? reply.json.token : '' }
}
const me = async (token: string) => (await api('GET', '/users/me', { token })).json.user as { email: string } | null

/** A POST naming another host in Host and X-Forwarded-Host, as whoever asks for a reset can. */
function postWithForgedHost(path: string, body: unknown): Promise<number> {
  const payload = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseURL()}${path}`,
      { method: 'POST', agent: false, headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', reject)
    request.end(payload)
  })
}

function setPasswordToken(mail: Mail): string {
  const prefix = `${baseURL()}/admin/reset/`
  const link = mail.links.find((url) => url.startsWith(prefix))
  if (!link) throw new Error(`No set-password link on ${baseURL()} in ${JSON.stringify(mail.links)}`)
  return link.slice(prefix.length)
}

beforeAll(async () => {
  adminToken = (await logIn(ADMIN.email, ADMIN.password)).token
})

describe('a forgotten password', () => {
  it('mails a link on SERVER_URL whatever Host the request named; the new password logs in and old sessions end', async () => {
    const email = `forgot-${run}@newsroom.test`
    const created = await api('POST', '/users', { token: adminToken, body: { name: 'Unudan', role: 'editor', email, password: 'the-old-password-1', language: 'en' } })
    expect(created.status).toBe(201)
    const old = await logIn(email, 'the-old-password-1')
    expect(await me(old.token)).toMatchObject({ email })

    expect(await postWithForgedHost('/api/users/forgot-password', { email })).toBe(200)
    const mail = await waitForMail({ to: email, subject: 'Reset your password' })
    expect(mail.text).toContain('Hello, Unudan!')
    expect(mail.html).toContain('<a href=')
    expect(mail.links.every((url) => url.startsWith(`${baseURL()}/`))).toBe(true)
    expect(`${mail.text}${mail.html}`).not.toContain('evil.example')
    const token = setPasswordToken(mail)
    // The link opens the admin's reset page.
    expect((await get(`/admin/reset/${token}`)).status).toBe(200)

    expect((await api('POST', '/users/reset-password', { body: { token, password: 'the-new-password-1' } })).status).toBe(200)
    expect((await logIn(email, 'the-new-password-1')).status).toBe(200)
    expect((await logIn(email, 'the-old-password-1')).status).toBe(401)
    expect(await me(old.token)).toBeNull()
  })

  it('answers an unknown address exactly like a known one, and mails nothing', async () => {
    const email = `nobody-${run}@newsroom.test`
    expect((await api('POST', '/users/forgot-password', { body: { email } })).status).toBe(200)
    // The known address's mail of the previous test arrived within seconds; give this one as long, then look.
    const marker = `marker-${run}@newsroom.test`
    await api('POST', '/users', { token: adminToken, body: { name: 'Marker', role: 'editor', email: marker, sendInvitation: true } })
    await waitForMail({ to: marker })
    expect(await readMails({ to: email })).toHaveLength(0)
  })
})

describe('reset requests', () => {
  it('are limited per address, whether an account has it or not, with Retry-After', async () => {
    const email = `flood-${run}@newsroom.test`
    for (let i = 0; i < 3; i++) expect((await api('POST', '/users/forgot-password', { body: { email } })).status).toBe(200)
    const refused = await get('/api/users/forgot-password', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('the language of a member’s mail', () => {
  it('follows the admin language picked in the browser, recorded at login', async () => {
    const email = `language-${run}@newsroom.test`
    const created = await api('POST', '/users', { token: adminToken, body: { name: 'Dil', role: 'editor', email, password: 'language-password-1' } })
    const id = (created.json.doc as { id: number }).id
    expect((await api('GET', `/users/${id}`, { token: adminToken })).json.language).toBe('az')
    const login = await get('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'payload-lng=ru' },
      body: JSON.stringify({ email, password: 'language-password-1' }),
    })
    expect(login.status).toBe(200)
    expect((await api('GET', `/users/${id}`, { token: adminToken })).json.language).toBe('ru')
  })
})

describe('an invitation', () => {
  it('lets the new member choose a password from the mail, in their language, and log in', async () => {
    const email = `invited-${run}@newsroom.test`
    const created = await api('POST', '/users', { token: adminToken, body: { name: 'Dəvətli', role: 'translator', email, language: 'ru', sendInvitation: true } })
    expect(created.status).toBe(201)
    const mail = await waitForMail({ to: email })
    expect(mail.subject).toBe('Ваша учётная запись на сайте Новостной портал Азербайджана')
    expect(mail.text).toContain('«Переводчик»')
    const token = setPasswordToken(mail)
    expect((await api('POST', '/users/reset-password', { body: { token, password: 'my-chosen-password-1' } })).status).toBe(200)
    const login = await logIn(email, 'my-chosen-password-1')
    expect(login.status).toBe(200)
    expect(await me(login.token)).toMatchObject({ email })
  })

  it('is sent from the admin’s create form without typing a password', async () => {
    const email = `invited-in-admin-${run}@newsroom.test`
    const browser = await chromium.launch(launchOptions)
    try {
      const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en' } })
      const page = await context.newPage()
      await page.goto(`${baseURL()}/admin/login`)
      await page.locator('input[name="email"]').fill(ADMIN.email)
      await page.locator('input[name="password"]').fill(ADMIN.password)
      await page.getByRole('button', { name: 'Login' }).click()
      await page.waitForURL(/\/admin$/)
      await page.goto(`${baseURL()}/admin/collections/users/create`)
      // On a busy machine the form may still be settling when Save is clicked: fill and save until it sends.
      let status: number | undefined
      const failures: string[] = []
      for (let attempt = 0; attempt < 4 && status === undefined; attempt++) {
        try {
          await page.locator('input[name="name"]').fill('Admin dəvəti', { timeout: 10_000 })
          await page.locator('input[name="email"]').fill(email, { timeout: 10_000 })
          await page.getByLabel('Send an invitation e-mail').check({ timeout: 10_000 })
          await page.locator('input[name="password"]').waitFor({ state: 'hidden', timeout: 10_000 })
          const sent = page.waitForResponse((response) => response.request().method() === 'POST' && /\/api\/users(\?|$)/.test(response.url()), { timeout: 15_000 })
          sent.catch(() => undefined)
          await page.getByRole('button', { name: 'Save' }).click({ timeout: 10_000 })
          status = (await sent).status()
        } catch (error) {
          // The form re-rendered under the test: fill it again (what went wrong is shown if every attempt fails).
          failures.push(String(error).slice(0, 400))
        }
      }
      expect([status, failures]).toEqual([201, failures])
      const mail = await waitForMail({ to: email })
      expect(mail.subject).toBe('Azərbaycan Xəbər Portalı saytındakı hesabınız')
      await context.close()
    } finally {
      await browser.close()
    }
  }, 150_000)

  it('is an admin’s act only', async () => {
    const editor = `inviter-${run}@newsroom.test`
    await api('POST', '/users', { token: adminToken, body: { name: 'Redaktor', role: 'editor', email: editor, password: 'editor-password-12' } })
    const { token } = await logIn(editor, 'editor-password-12')
    const refused = await api('POST', '/users', { token, body: { name: 'X', role: 'editor', email: `not-invited-${run}@newsroom.test`, sendInvitation: true } })
    expect(refused.status).toBe(403)
  })
})

describe('the review digest', () => {
  it('mails a moderator once that a review waits, with the count per language and a link to the queue', async () => {
    const email = `digest-${run}@newsroom.test`
    const password = 'moderator-password-1'
    await api('POST', '/users', { token: adminToken, body: { name: 'Moderator', role: 'moderator', email, password, language: 'en' } })
    const article = await api('POST', '/articles?locale=az', { token: adminToken, body: { title: `Rəy icmalı üçün məqalə ${run}`, _status: 'published' } })
    const id = (article.json.doc as { id: number }).id
    const submitted = await get('/api/reviews/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '100.127.1.1' },
      body: JSON.stringify({ article: id, locale: 'az', name: 'Oxucu', body: 'İcmal üçün gözləyən rəy, təşəkkürlər.' }),
    })
    expect(submitted.status).toBe(201)

    // The digest job runs every minute; the deadline is a ceiling for a busy machine.
    const [mail] = await waitForMails({ to: email, subject: 'Reviews waiting for moderation' }, { timeoutMs: 150_000 })
    expect(mail.text).toMatch(/- Azerbaijani: \d+/)
    const queue = `${baseURL()}/admin/collections/reviews?where[status][equals]=pending`
    expect(mail.links).toEqual([queue])
    const { token } = await logIn(email, password)
    expect((await get(queue.slice(baseURL().length), { headers: { cookie: `payload-token=${token}` } })).status).toBe(200)
    // Once per interval (REVIEW_DIGEST_MINUTES, 60 here): the job keeps running every minute, and one digest is all.
    expect(await readMails({ to: email })).toHaveLength(1)
  }, 200_000)
})
