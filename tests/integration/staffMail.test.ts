import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Article, User } from '@/payload-types'
import { sendReviewDigests } from '@/lib/staffMail/reviewDigest'
import { submitReview } from '@/lib/reviews/submitReview'

import { readMails, waitForMail, waitForMails, type Mail } from '../mail/inbox'
import { startSmtpSink, type SmtpSink } from '../mail/smtpSink.mjs'

import { bootPayload } from './payload'

const SITE = 'https://news.example.az'
let payload: Payload
let close: () => Promise<void>
let sink: SmtpSink
let article: Article
let count = 0

beforeAll(async () => {
  sink = await startSmtpSink({ refuse: /^unknown-user@/ })
  // JOBS_INTERVAL_SECONDS=1: a failed mail job waits one second (then two, four…) before its retry.
  ;({ payload, close } = await bootPayload({ env: { ...sink.env, SERVER_URL: SITE, JOBS_INTERVAL_SECONDS: '1' } }))
  const quiet = { disableRevalidate: true }
  article = await payload.create({ collection: 'articles', locale: 'az', context: quiet, data: { title: 'Rəylər üçün məqalə', _status: 'published' } })
  // Readers review a page in a language it is published in.
  await payload.update({ collection: 'articles', id: article.id, locale: 'ru', context: quiet, data: { title: 'Статья для отзывов', _status: 'published' } })
})

afterAll(async () => {
  await close()
  await sink.close()
})

const dir = () => sink.dir
const PASSWORD = 'first-password-123'

async function member(role: User['role'], data: Partial<User> = {}): Promise<User> {
  count += 1
  return payload.create({ collection: 'users', data: { name: `Üzv ${count}`, email: `member${count}@staff.test`, password: PASSWORD, role, ...data } })
}

/** Runs due jobs until `done` holds: the server's job runner does this every JOBS_INTERVAL_SECONDS. */
async function runJobsUntil(done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('Jobs did not get there in time.')
    await payload.jobs.run({ allQueues: true })
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const mailsTo = async (email: string) => readMails({ to: email }, dir())
const delivered = (email: string, n = 1) => async () => (await mailsTo(email)).length >= n

function tokenFrom(mail: Mail): string {
  const link = mail.links.find((url) => url.startsWith(`${SITE}/admin/reset/`))
  if (!link) throw new Error(`No set-password link in ${JSON.stringify(mail.links)}`)
  return link.slice(`${SITE}/admin/reset/`.length)
}

describe('a forgotten password', () => {
  it('mails a reset link from SERVER_URL in the member’s language, text and HTML, and the link sets a new password', async () => {
    const user = await member('editor', { language: 'ru' })
    const { token: oldSession } = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    await runJobsUntil(delivered(user.email))

    const [mail] = await mailsTo(user.email)
    expect(mail.subject).toBe('Сброс пароля · Новостной портал Азербайджана')
    expect(mail.parsed.from?.value[0].address).toBe('newsroom@newsroom.test')
    expect(mail.text).toContain(`Здравствуйте, ${user.name}!`)
    expect(mail.html).toContain('<html lang="ru">')
    const token = tokenFrom(mail)
    // The same link in both parts, and nothing else.
    expect(mail.links).toEqual([`${SITE}/admin/reset/${token}`])
    expect(mail.html).toContain(`<a href="${SITE}/admin/reset/${token}">`)

    await payload.resetPassword({ collection: 'users', data: { token, password: 'second-password-123' }, overrideAccess: true })
    await expect(payload.login({ collection: 'users', data: { email: user.email, password: 'second-password-123' } })).resolves.toMatchObject({ user: { id: user.id } })
    await expect(payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).rejects.toThrow()
    // Sessions from before the reset end: their token no longer authenticates.
    const { user: fromOldSession } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${oldSession}` }) })
    expect(fromOldSession).toBeNull()
    // The link works once.
    await expect(payload.resetPassword({ collection: 'users', data: { token, password: 'third-password-123' }, overrideAccess: true })).rejects.toThrow()
  })

  it('mails one token once, however often its job runs', async () => {
    const user = await member('translator')
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    await runJobsUntil(delivered(user.email))
    // As if the job had crashed after the relay took the mail, before it was marked done: it runs again.
    await payload.jobs.queue({ task: 'sendPasswordMail', input: { user: String(user.id), kind: 'passwordReset' } })
    await payload.jobs.run({ allQueues: true })
    expect(await mailsTo(user.email)).toHaveLength(1)
    // A new request is a new token, and a new mail.
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    await runJobsUntil(delivered(user.email, 2))
    expect(tokenFrom((await mailsTo(user.email))[1])).not.toBe(tokenFrom((await mailsTo(user.email))[0]))
  })

  it('sends nothing for an address no account has', async () => {
    const before = (await readMails({}, dir())).length
    await payload.forgotPassword({ collection: 'users', data: { email: 'nobody@staff.test' } })
    await payload.jobs.run({ allQueues: true })
    expect(await readMails({}, dir())).toHaveLength(before)
  })

  it('keeps the mail while the relay is down and sends it once when it is back', async () => {
    const user = await member('moderator')
    await sink.stop()
    try {
      await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
      // The job fails against the closed port (and is left to retry).
      await payload.jobs.run({ allQueues: true })
      const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendPasswordMail' }, hasError: { equals: false } }, sort: '-createdAt', limit: 1 })
      expect(docs[0]).toMatchObject({ completedAt: null })
      expect(docs[0].log?.some((entry) => entry.state === 'failed')).toBe(true)
    } finally {
      await sink.start()
    }
    await runJobsUntil(delivered(user.email))
    // More runs send nothing more.
    await payload.jobs.run({ allQueues: true })
    const mails = await mailsTo(user.email)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe('Parolunuzu bərpa edin · Azərbaycan Xəbər Portalı')
  })
})

describe('a relay refusing the address', () => {
  it('fails the job with the relay’s answer, the address masked', async () => {
    const user = await member('editor', { email: 'unknown-user@staff.test' })
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    await payload.jobs.run({ allQueues: true })
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendPasswordMail' } }, sort: '-createdAt', limit: 1 })
    const logged = JSON.stringify(docs[0].log)
    expect(logged).toContain('u***@s***.test')
    expect(logged).toContain('550')
    expect(logged).not.toContain('unknown-user@staff.test')
  })
})

describe('an invitation', () => {
  it('creates the account without a known password and mails a set-password link in the new member’s language', async () => {
    const email = 'invited@staff.test'
    const created = await payload.create({ collection: 'users', data: { name: 'Dəvətli', email, role: 'moderator', language: 'en', sendInvitation: true } as never })
    await runJobsUntil(delivered(email))
    const mail = await waitForMail({ to: email }, { dir: dir() })
    expect(mail.subject).toBe('Your account at Azerbaijan News Portal')
    expect(mail.text).toContain('with the role “Moderator”')
    expect(mail.text).toContain(`${SITE}/admin with this e-mail address`)
    const token = tokenFrom(mail)
    await payload.resetPassword({ collection: 'users', data: { token, password: 'my-own-password-1' }, overrideAccess: true })
    await expect(payload.login({ collection: 'users', data: { email, password: 'my-own-password-1' } })).resolves.toMatchObject({ user: { id: created.id } })
  })
})

describe('the review digest', () => {
  const review = async (locale: 'az' | 'en' | 'ru') =>
    expect(
      await submitReview(payload, {
      article: article.id,
      locale,
      honeypot: '',
      clientAddress: `198.51.100.${++count}`,
      userAgent: 'Integration test',
        fields: { name: 'Oxucu', email: '', rating: '4', body: `Maraqlı yazıdır, sağ olun (${count}).` },
      }),
    ).toEqual({ outcome: 'received' })

  let moderator: User
  let optedIn: User
  let notOptedIn: User
  const start = new Date()

  beforeAll(async () => {
    moderator = await member('moderator', { language: 'en' })
    optedIn = await member('editor', { reviewDigest: true })
    notOptedIn = await member('editor')
  })

  it('sends nothing while nothing waits', async () => {
    await expect(sendReviewDigests(payload, start)).resolves.toEqual({ waiting: 0, sent: 0 })
    expect(await mailsTo(moderator.email)).toHaveLength(0)
  })

  it('mails moderators and editors who opted in the counts per language and a link to the queue, once per interval', async () => {
    await review('az')
    await review('az')
    await review('ru')
    const result = await sendReviewDigests(payload, start)
    expect(result.waiting).toBe(3)
    const [mail] = await waitForMails({ to: moderator.email }, { dir: dir() })
    expect(mail.subject).toBe('Reviews waiting for moderation: 3 · Azerbaijan News Portal')
    expect(mail.text).toContain('- Azerbaijani: 2\n- Russian: 1')
    expect(mail.text).not.toContain('English:')
    expect(mail.links).toEqual([`${SITE}/admin/collections/reviews?where[status][equals]=pending`])
    expect((await waitForMail({ to: optedIn.email }, { dir: dir() })).subject).toBe('Moderasiya gözləyən rəylər: 3 · Azərbaycan Xəbər Portalı')
    expect(await mailsTo(notOptedIn.email)).toHaveLength(0)

    // Within the interval: nothing more, however often the job runs.
    await expect(sendReviewDigests(payload, new Date(start.getTime() + 30 * 60_000))).resolves.toMatchObject({ sent: 0 })
    expect(await mailsTo(moderator.email)).toHaveLength(1)
    // After it: the next digest.
    await sendReviewDigests(payload, new Date(start.getTime() + 61 * 60_000))
    expect(await mailsTo(moderator.email)).toHaveLength(2)
  })

  it('fails while the relay is down, and the retry sends each member exactly one digest', async () => {
    const later = new Date(start.getTime() + 200 * 60_000)
    await sink.stop()
    try {
      await expect(sendReviewDigests(payload, later)).rejects.toThrow(/not accepted by the mail relay/)
    } finally {
      await sink.start()
    }
    // Every moderator of this database (other tests made some) and the editor who opted in.
    expect((await sendReviewDigests(payload, later)).sent).toBeGreaterThanOrEqual(2)
    await expect(sendReviewDigests(payload, later)).resolves.toMatchObject({ sent: 0 })
    expect(await mailsTo(moderator.email)).toHaveLength(3)
    expect(await mailsTo(optedIn.email)).toHaveLength(3)
  })
})
