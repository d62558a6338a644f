import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { SMTPServer } from 'smtp-server'

import { addDays, startOfDayIn, todayIn } from '@/lib/calendar/days'
import { newsletterCounts } from '@/lib/newsletter/counts'
import { confirmSubscription, deleteExpiredSignUps, inspectConfirmToken, unsubscribe, updatePreferences } from '@/lib/newsletter/manage'
import { issueFor } from '@/lib/newsletter/issue'
import { sendIssue } from '@/lib/newsletter/sendIssue'
import { asService } from '@/lib/newsletter/service'
import { newsletterSettings } from '@/lib/newsletter/settings'
import { subscribe, type SignUp } from '@/lib/newsletter/subscribe'
import type { Subscriber, User } from '@/payload-types'

import { readMails, waitForMail, waitForMails, type Mail } from '../mail/inbox'
import { startSmtpSink, type SmtpSink } from '../mail/smtpSink.mjs'

import { bootPayload } from './payload'

const ORIGIN = 'https://news.example.az'
let payload: Payload
let close: () => Promise<void>
let sink: SmtpSink
let readerCounter = 0
const NOW = new Date()
const YESTERDAY = addDays(todayIn(NOW), -1)
const quiet = { disableRevalidate: true }

beforeAll(async () => {
  sink = await startSmtpSink()
  ;({ payload, close } = await bootPayload({ env: { ...sink.env, SERVER_URL: ORIGIN } }))
  const published = new Date(startOfDayIn(YESTERDAY).getTime() + 10 * 3600_000).toISOString()
  const imageData = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1c4d8a' } }).png().toBuffer()
  const image = await payload.create({
    collection: 'media',
    locale: 'az',
    data: { alt: 'Bakı bulvarı' },
    file: { data: imageData, mimetype: 'image/png', name: 'boulevard.png', size: imageData.length },
    context: quiet,
  })
  const article = await payload.create({
    collection: 'articles',
    locale: 'az',
    context: quiet,
    data: { title: 'Bakıda yeni park açıldı', standfirst: 'Şəhərin mərkəzində yaşıl zona.', heroImage: image.id, _status: 'published', publishedAt: published },
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    context: quiet,
    data: { title: 'A new park opens in Baku', standfirst: 'A green space in the city centre.', _status: 'published' },
  })
  // An older article, outside yesterday's issue.
  await payload.create({
    collection: 'articles',
    locale: 'az',
    context: quiet,
    data: { title: 'Köhnə xəbər', _status: 'published', publishedAt: new Date(startOfDayIn(YESTERDAY).getTime() - 3 * 86400_000).toISOString() },
  })
  const inThreeDays = addDays(todayIn(NOW), 3)
  await payload.create({
    collection: 'remembrance-events',
    locale: 'az',
    context: quiet,
    data: {
      name: 'Anım günü',
      startDate: `1990-${inThreeDays.slice(5)}T12:00:00.000Z`,
      commemoration: { month: String(Number(inThreeDays.slice(5, 7))) as '1', day: Number(inThreeDays.slice(8, 10)) },
      _status: 'published',
    },
  })
})

afterAll(async () => {
  await close()
  await sink.close()
})

function signUp(fields: Partial<SignUp['fields']> = {}, overrides: Partial<Omit<SignUp, 'fields'>> = {}): SignUp {
  return {
    fields: { email: `reader${++readerCounter}@example.org`, languages: ['az'], frequency: 'daily', ...fields },
    honeypot: '',
    clientAddress: `198.51.100.${readerCounter}`,
    locale: 'az',
    ...overrides,
  }
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? ''
const findByEmail = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0, ...asService })).docs[0] as Subscriber | undefined

/** Signs a reader up and confirms through the link of the mail they received; returns their address. */
async function confirmedReader(fields: Partial<SignUp['fields']>): Promise<string> {
  const request = signUp(fields)
  const email = request.fields.email.toLowerCase()
  expect(await subscribe(payload, request)).toEqual({ outcome: 'received' })
  const mail = await waitForMail({ to: email }, { dir: sink.dir })
  const confirm = mail.links.find((link) => link.includes('/newsletter/confirm'))!
  expect((await confirmSubscription(payload, tokenOf(confirm))).outcome).toBe('confirmed')
  return email
}

const mailsTo = (email: string) => readMails({ to: email }, sink.dir)

describe('signing up', () => {
  it('refuses an invalid or throwaway address, a missing language or frequency, and stores and sends nothing', async () => {
    for (const [fields, errors] of [
      [{ email: 'not-an-address' }, { email: 'invalidEmail' }],
      [{ email: 'someone@mailinator.com' }, { email: 'disposableEmail' }],
      [{ email: 'someone@inbox.yopmail.com' }, { email: 'disposableEmail' }],
      [{ email: '' , languages: [], frequency: 'hourly' }, { email: 'required', languages: 'required', frequency: 'invalidChoice' }],
      [{ languages: ['de'] }, { languages: 'invalidChoice' }],
    ] as const) {
      const outcome = await subscribe(payload, signUp({ ...fields, languages: [...(fields as { languages?: readonly string[] }).languages ?? ['az']] }))
      expect(outcome).toEqual({ outcome: 'invalid', errors })
    }
    expect((await payload.count({ collection: 'subscribers', ...asService })).totalDocs).toBe(0)
  })

  it('sends only a confirmation (in the page language) until its link is followed; the token is stored hashed and works once', async () => {
    const request = signUp({ email: '  Leyla.Mammadova@Example.ORG ', languages: ['en', 'az'], frequency: 'weekly' }, { locale: 'en' })
    expect(await subscribe(payload, request)).toEqual({ outcome: 'received' })
    const email = 'leyla.mammadova@example.org'
    const mail = await waitForMail({ to: email }, { dir: sink.dir })
    expect(mail.subject).toBe('Confirm your newsletter subscription')
    expect(mail.text).toContain('The link works for 48 hours.')
    expect(mail.html).toContain('<html lang="en">')
    const link = mail.links.find((candidate) => candidate.startsWith(`${ORIGIN}/en/newsletter/confirm?token=`))!
    const token = tokenOf(link)

    const stored = (await findByEmail(email))!
    expect(stored).toMatchObject({ status: 'pending', languages: ['az', 'en'], frequency: 'weekly' })
    expect(JSON.stringify(stored)).not.toContain(token)
    expect(stored.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/)

    expect(await inspectConfirmToken(payload, token)).toBe('ready')
    const confirmed = await confirmSubscription(payload, token)
    expect(confirmed.outcome).toBe('confirmed')
    expect((await findByEmail(email))?.status).toBe('confirmed')
    // Replayed: the token was cleared with the confirmation.
    expect(await confirmSubscription(payload, token)).toEqual({ outcome: 'invalid' })
    expect(await inspectConfirmToken(payload, token)).toBe('invalid')
    expect(await confirmSubscription(payload, 'x'.repeat(43))).toEqual({ outcome: 'invalid' })
    expect(await mailsTo(email)).toHaveLength(1)
  })

  it('refuses an expired confirmation link, and the daily clean-up deletes the unconfirmed sign-up', async () => {
    const hours = newsletterSettings().confirmHours
    const past = new Date(NOW.getTime() - (hours + 1) * 3600_000)
    const request = signUp()
    await subscribe(payload, request, { now: past })
    const mail = await waitForMail({ to: request.fields.email }, { dir: sink.dir })
    const token = tokenOf(mail.links.find((link) => link.includes('/newsletter/confirm'))!)
    expect(await confirmSubscription(payload, token)).toEqual({ outcome: 'expired' })
    // The daily clean-up, as the schedule runs it.
    const job = await payload.jobs.queue({ task: 'expireNewsletterSignUps', input: {} })
    await payload.jobs.runByID({ id: job.id, silent: true })
    expect(await findByEmail(request.fields.email)).toBeUndefined()
    expect(await deleteExpiredSignUps(payload)).toBe(0)
  })

  it('answers a robot filling the honeypot like anyone, storing and sending nothing', async () => {
    const request = signUp({}, { honeypot: 'https://spam.example' })
    expect(await subscribe(payload, request)).toEqual({ outcome: 'received' })
    expect(await findByEmail(request.fields.email)).toBeUndefined()
    expect(await mailsTo(request.fields.email)).toHaveLength(0)
  })

  it('limits a burst from one reader, counted in the database every instance shares', async () => {
    const clientAddress = '203.0.113.99'
    const { max } = newsletterSettings().perReader
    const outcomes = []
    for (let n = 0; n <= max; n++) outcomes.push((await subscribe(payload, signUp({}, { clientAddress }))).outcome)
    expect(outcomes.slice(0, max)).toEqual(Array(max).fill('received'))
    expect(outcomes[max]).toBe('rate-limited')
    // The window's uses are rows of the review locks, keyed by a hash of the reader's address, never the address.
    const locks = await payload.find({ collection: 'review-locks', where: { key: { like: 'newsletter:' } }, limit: 100, overrideAccess: true })
    expect(locks.totalDocs).toBeGreaterThanOrEqual(max)
    expect(JSON.stringify(locks.docs)).not.toContain(clientAddress)
  })

  it('never mails one address more than the per-address limit, whoever asks', async () => {
    const email = 'target@example.org'
    for (let n = 0; n < 5; n++) expect(await subscribe(payload, signUp({ email }))).toEqual({ outcome: 'received' })
    await waitForMails({ to: email }, { dir: sink.dir, count: newsletterSettings().perAddress.max })
    expect(await mailsTo(email)).toHaveLength(newsletterSettings().perAddress.max)
  })

  it('takes two simultaneous sign-ups of one new address as one subscriber, whose latest link works', async () => {
    const email = 'twice@example.org'
    const outcomes = await Promise.all([subscribe(payload, signUp({ email })), subscribe(payload, signUp({ email }))])
    expect(outcomes).toEqual([{ outcome: 'received' }, { outcome: 'received' }])
    expect((await payload.count({ collection: 'subscribers', where: { email: { equals: email } }, ...asService })).totalDocs).toBe(1)
    const mails = await waitForMails({ to: email }, { dir: sink.dir, count: 2 })
    const results = []
    for (const mail of mails) results.push((await confirmSubscription(payload, tokenOf(mail.links.find((link) => link.includes('/newsletter/confirm'))!))).outcome)
    expect(results).toContain('confirmed')
  })

  it('tells an already confirmed address only where to change its preferences, changing nothing', async () => {
    const email = await confirmedReader({ languages: ['ru'], frequency: 'weekly' })
    await subscribe(payload, signUp({ email, languages: ['az'], frequency: 'daily' }))
    const [, notice] = await waitForMails({ to: email }, { dir: sink.dir, count: 2 })
    expect(notice.subject).toBe('Siz artıq bülletenə abunəsiniz')
    expect(notice.links.some((link) => link.includes('/az/newsletter/preferences?token='))).toBe(true)
    expect(await findByEmail(email)).toMatchObject({ status: 'confirmed', languages: ['ru'], frequency: 'weekly' })
  })
})

describe('the digest', () => {
  let azReader: string
  let multiReader: string
  let weeklyReader: string
  let pendingReader: string
  const digestsTo = async (email: string) => (await mailsTo(email)).filter((mail) => !/confirm|təsdiq|подтверд|abunəsiniz/i.test(mail.subject))

  beforeAll(async () => {
    azReader = await confirmedReader({ languages: ['az'], frequency: 'daily' })
    multiReader = await confirmedReader({ languages: ['en', 'ru'], frequency: 'daily' })
    weeklyReader = await confirmedReader({ languages: ['az'], frequency: 'weekly' })
    const pending = signUp({ languages: ['az'], frequency: 'daily' })
    await subscribe(payload, pending)
    pendingReader = pending.fields.email
  })

  it('goes to confirmed daily readers in each of their languages with the day’s articles, images and commemorations', async () => {
    const job = await payload.jobs.queue({ task: 'sendDailyNewsletter', input: { at: NOW.toISOString() } })
    await payload.jobs.runByID({ id: job.id })
    const [az] = await waitForMails({ to: azReader, subject: /Günün xəbərləri/ }, { dir: sink.dir })
    expect(az.html).toContain('Bakıda yeni park açıldı')
    expect(az.html).toContain('Şəhərin mərkəzində yaşıl zona.')
    expect(az.html).not.toContain('Köhnə xəbər')
    expect(az.html).toMatch(new RegExp(`<img src="${ORIGIN}/api/media/file/[^"]+\\.jpg" alt="Bakı bulvarı"`))
    expect(az.text).toContain('Bakıda yeni park açıldı\nŞəhərin mərkəzində yaşıl zona.\n')
    expect(az.text).toContain('Qarşıdakı anım günləri')
    expect(az.text).toMatch(/- Anım günü — \d+-c[iüıu] ildönümü, 3 gün sonra\n/)
    expect(az.links.some((link) => link.startsWith(`${ORIGIN}/az/news/`))).toBe(true)
    expectUnsubscribeHeaders(az, 'az')

    const [en] = await waitForMails({ to: multiReader, subject: /The day's news/ }, { dir: sink.dir })
    expect(en.html).toContain('A new park opens in Baku')
    expect(en.text).toContain('This issue has 1 story.')
    expectUnsubscribeHeaders(en, 'en')
    // Nothing was published in Russian yesterday: no empty issue.
    expect(await digestsTo(multiReader)).toHaveLength(1)
    expect(await digestsTo(weeklyReader)).toHaveLength(0)
    expect(await digestsTo(pendingReader)).toHaveLength(0)
  })

  it('never sends an issue twice: a rerun, and a run after a crash between claim and send, skip who was claimed', async () => {
    const before = (await readMails({}, sink.dir)).length
    const report = await sendIssue(payload, issueFor('daily', 'az', NOW))
    expect(report).toMatchObject({ sent: 0, empty: false })
    expect(report.alreadyClaimed).toBeGreaterThanOrEqual(1)
    expect((await readMails({}, sink.dir)).length).toBe(before)
  })

  it('resumes in batches after SMTP was down: nothing lost, nothing sent twice', async () => {
    const readers: string[] = []
    for (let n = 0; n < 5; n++) readers.push(await confirmedReader({ languages: ['en'], frequency: 'weekly' }))
    const issue = issueFor('weekly', 'en', NOW)
    // A crashed run left a claim for the first reader: at most once, they are not mailed again.
    const crashed = (await findByEmail(readers[0]))!
    await payload.create({ collection: 'newsletter-deliveries', data: { key: `${issue.key}/${crashed.id}`, issue: issue.key, subscriber: crashed.id, status: 'sending' }, ...asService })

    await sink.stop()
    try {
      await expect(sendIssue(payload, issue, { batchSize: 2 })).rejects.toThrow(/ECONNECTION|ECONNREFUSED|ESOCKET/)
    } finally {
      await sink.start()
    }
    // The failed send's claim was released: only the crashed run's claim remains.
    const claims = await payload.find({ collection: 'newsletter-deliveries', where: { issue: { equals: issue.key } }, ...asService })
    expect(claims.docs.map((row) => row.status)).toEqual(['sending'])

    const audience = await payload.count({
      collection: 'subscribers',
      where: { status: { equals: 'confirmed' } , frequency: { equals: 'weekly' }, languages: { in: ['en'] } },
      ...asService,
    })
    expect(audience.totalDocs).toBeGreaterThan(5)
    const report = await sendIssue(payload, issue, { batchSize: 2 })
    expect(report).toMatchObject({ sent: audience.totalDocs - 1, alreadyClaimed: 1 })
    expect(await sendIssue(payload, issue, { batchSize: 2 })).toMatchObject({ sent: 0, alreadyClaimed: audience.totalDocs })
    for (const reader of readers.slice(1)) expect(await digestsTo(reader)).toHaveLength(1)
    expect(await digestsTo(readers[0])).toHaveLength(0)
  })

  it('records an address the relay refuses for good and goes on with everyone else, logging no address', async () => {
    const refused = await confirmedReader({ languages: ['az'], frequency: 'weekly' })
    const accepted = await confirmedReader({ languages: ['az'], frequency: 'weekly' })
    // A relay that has no mailbox for one of them (550 to RCPT TO), in place of the sink on its port.
    await sink.stop()
    let seq = 0
    const relay = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address === refused) return callback(Object.assign(new Error(`5.1.1 <${refused}>: no such mailbox`), { responseCode: 550 }))
        callback()
      },
      onData(stream, _session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          fs.writeFileSync(path.join(sink.dir, `${Date.now()}-relay-${String(++seq).padStart(5, '0')}.eml`), Buffer.concat(chunks))
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => relay.listen(sink.port, sink.host, () => resolve()))
    let report
    try {
      report = await sendIssue(payload, issueFor('weekly', 'az', NOW))
    } finally {
      await new Promise<void>((resolve) => relay.close(() => resolve()))
      await sink.start()
    }
    expect(report).toMatchObject({ refused: 1 })
    expect(report.sent).toBeGreaterThanOrEqual(1)
    expect(await digestsTo(accepted)).toHaveLength(1)
    expect(await digestsTo(refused)).toHaveLength(0)
    const row = await payload.find({ collection: 'newsletter-deliveries', where: { status: { equals: 'refused' } }, depth: 0, ...asService })
    expect(row.docs.map((doc) => doc.subscriber)).toEqual([(await findByEmail(refused))!.id])
  })

  it('fails a send with an error that names no address', async () => {
    const reader = await confirmedReader({ languages: ['ru'], frequency: 'weekly' })
    await payload.create({ collection: 'articles', locale: 'ru', context: quiet, data: { title: 'Новость недели', _status: 'published', publishedAt: new Date(startOfDayIn(YESTERDAY).getTime() + 3600_000).toISOString() } })
    await sink.stop()
    try {
      const failure = await sendIssue(payload, issueFor('weekly', 'ru', NOW)).then(() => null, (error: Error) => error)
      expect(failure?.name).toBe('SmtpSendError')
      expect(failure?.message).not.toContain('@')
    } finally {
      await sink.start()
    }
    expect(await sendIssue(payload, issueFor('weekly', 'ru', NOW))).toMatchObject({ refused: 0 })
    expect(await digestsTo(reader)).toHaveLength(1)
  })

  it('stops with one POST to the List-Unsubscribe address; a replay changes nothing; no more mail', async () => {
    const [mail] = await digestsTo(azReader)
    const oneClick = new URL(listUnsubscribe(mail).replace(/^<|>$/g, ''))
    const token = oneClick.searchParams.get('token')
    expect(await unsubscribe(payload, token)).toEqual({ outcome: 'unsubscribed' })
    expect(await unsubscribe(payload, token)).toEqual({ outcome: 'unsubscribed' })
    expect(await findByEmail(azReader)).toMatchObject({ status: 'unsubscribed' })
    // The next day's issue reaches other readers but not them.
    const other = await confirmedReader({ languages: ['az'], frequency: 'daily' })
    await payload.create({
      collection: 'articles',
      locale: 'az',
      context: quiet,
      data: { title: 'Bu günün xəbəri', _status: 'published', publishedAt: new Date(startOfDayIn(todayIn(NOW)).getTime() + 60_000).toISOString() },
    })
    const tomorrow = new Date(NOW.getTime() + 86400_000)
    expect((await sendIssue(payload, issueFor('daily', 'az', tomorrow))).sent).toBeGreaterThanOrEqual(1)
    expect(await digestsTo(other)).toHaveLength(1)
    expect(await digestsTo(azReader)).toHaveLength(1)
    // An old mail's link cannot undo a newer subscription, nor change preferences once unsubscribed.
    expect(await updatePreferences(payload, token, { languages: ['en'], frequency: 'daily' })).toEqual({ outcome: 'unsubscribed' })
  })

  it('changes languages and frequency from a mail’s link; refuses bad choices, forged and expired links', async () => {
    const [mail] = await digestsTo(multiReader)
    const token = tokenOf(mail.links.find((link) => link.includes('/newsletter/preferences'))!)
    expect(await updatePreferences(payload, token, { languages: [], frequency: 'yearly' })).toEqual({ outcome: 'invalid', errors: { languages: 'required', frequency: 'invalidChoice' } })
    expect(await updatePreferences(payload, token, { languages: ['ru', 'az'], frequency: 'weekly' })).toEqual({ outcome: 'saved' })
    expect(await findByEmail(multiReader)).toMatchObject({ languages: ['az', 'ru'], frequency: 'weekly' })
    const forged = token.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))
    expect(await updatePreferences(payload, forged, { languages: ['az'], frequency: 'daily' })).toEqual({ outcome: 'invalid' })
    const later = new Date(NOW.getTime() + (newsletterSettings().manageLinkDays + 2) * 86400_000)
    expect(await unsubscribe(payload, token, later)).toEqual({ outcome: 'expired' })
    expect(await findByEmail(multiReader)).toMatchObject({ status: 'confirmed' })
  })

  it('fails the scheduled job while SMTP is down, to be retried later; the retry sends each mail once', async () => {
    const reader = await confirmedReader({ languages: ['en'], frequency: 'daily' })
    await payload.create({
      collection: 'articles',
      locale: 'en',
      context: quiet,
      data: { title: 'Today in Baku', _status: 'published', publishedAt: new Date(startOfDayIn(todayIn(NOW)).getTime() + 120_000).toISOString() },
    })
    const tomorrow = new Date(NOW.getTime() + 86400_000)
    const job = await payload.jobs.queue({ task: 'sendDailyNewsletter', input: { at: tomorrow.toISOString() } })
    await sink.stop()
    try {
      await payload.jobs.runByID({ id: job.id, silent: true })
    } finally {
      await sink.start()
    }
    const failed = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(failed.completedAt).toBeFalsy()
    expect(failed.hasError).toBeFalsy()
    expect(failed.totalTried).toBe(1)
    // Payload waits before the retry (5 minutes): nothing is lost meanwhile, nothing was sent.
    expect(new Date(failed.waitUntil!).getTime()).toBeGreaterThan(Date.now() + 60_000)
    expect(await digestsTo(reader)).toHaveLength(0)

    await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date().toISOString() }, depth: 0 })
    await payload.jobs.runByID({ id: job.id, silent: true })
    const done = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })
    expect(done.docs[0]?.completedAt ?? 'deleted on completion').toBeTruthy()
    const [digest] = await waitForMails({ to: reader, subject: /The day's news/ }, { dir: sink.dir })
    expect(digest.html).toContain('Today in Baku')
    expect(await digestsTo(reader)).toHaveLength(1)
  })
})

describe('who sees subscribers', () => {
  let admin: User
  let editor: User
  beforeAll(async () => {
    const staff = (role: User['role']) => payload.create({ collection: 'users', data: { name: role, email: `${role}@newsletter.test`, password: 'password-123456', role } })
    admin = await staff('admin')
    editor = await staff('editor')
  })

  it('shows addresses to admins only, counts to other staff, nothing to the public, and tokens to nobody', async () => {
    const asAdmin = await payload.find({ collection: 'subscribers', user: admin, overrideAccess: false, limit: 1 })
    expect(asAdmin.docs[0].email).toMatch(/@/)
    expect(asAdmin.docs[0]).not.toHaveProperty('confirmTokenHash')
    expect(asAdmin.docs[0]).not.toHaveProperty('manageNonce')
    const asEditor = await payload.find({ collection: 'subscribers', user: editor, overrideAccess: false, limit: 100 })
    expect(asEditor.totalDocs).toBeGreaterThan(0)
    expect(asEditor.docs.every((doc) => doc.email === undefined)).toBe(true)
    // Nor can other staff find out whether an address is subscribed by querying on it.
    const probe = await payload
      .find({ collection: 'subscribers', user: editor, overrideAccess: false, where: { email: { equals: asAdmin.docs[0].email } } })
      .then((result) => result.totalDocs, (error: { status?: number }) => error.status)
    expect(probe).toBe(400)
    await expect(payload.find({ collection: 'subscribers', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    // The dashboard's counts, with the editor's own access.
    const counts = await newsletterCounts(payload, editor)
    const confirmed = await payload.count({ collection: 'subscribers', where: { status: { equals: 'confirmed' } }, ...asService })
    expect(counts.confirmed).toBe(confirmed.totalDocs)
    expect(counts.daily + counts.weekly).toBe(counts.confirmed)
    expect(counts.languages.az).toBeGreaterThan(0)
    expect(counts.pending).toBeGreaterThan(0)
    await expect(
      payload.create({ collection: 'subscribers', overrideAccess: false, user: admin, data: { email: 'x@example.org', languages: ['az'], frequency: 'daily', status: 'confirmed' } }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

function expectUnsubscribeHeaders(mail: Mail, locale: string) {
  expect(listUnsubscribe(mail)).toMatch(new RegExp(`^<${ORIGIN}/api/subscribers/unsubscribe\\?token=[\\w.-]+&locale=${locale}>$`))
  expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
  expect(mail.links.some((link) => link.startsWith(`${ORIGIN}/${locale}/newsletter/unsubscribe?token=`))).toBe(true)
  expect(mail.links.some((link) => link.startsWith(`${ORIGIN}/${locale}/newsletter/preferences?token=`))).toBe(true)
}

/** A header as sent (mailparser turns List-* headers into objects). */
const rawHeader = (mail: Mail, name: string) => mail.parsed.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, '') ?? ''
const listUnsubscribe = (mail: Mail) => rawHeader(mail, 'list-unsubscribe')
