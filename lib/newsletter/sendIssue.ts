import type { Payload } from 'payload'

import type { Subscriber } from '@/payload-types'

import { digestContent } from './digestContent'
import { renderDigest, type RenderedDigest } from './digestMail'
import type { Issue } from './issue'
import { preferencesPage, unsubscribeHeaders, unsubscribePage } from './links'
import { asService } from './service'
import { newsletterSettings } from './settings'
import { manageToken } from './tokens'

/** `refused`: addresses the relay refused for good (no such mailbox); recorded, and the issue goes on. */
export type IssueReport = { issue: string; sent: number; alreadyClaimed: number; refused: number; empty: boolean }
type Delivery = 'sent' | 'claimed' | 'refused'

/**
 * Sends one issue to every confirmed subscriber of its frequency and language, in batches by id.
 *
 * At most once, by design: before a mail is handed to SMTP its delivery row (`{issue}/{subscriber}`, a unique
 * key) is created. A rerun (a retry, a second instance, a restart after a crash) skips every subscriber whose
 * row exists. A crash between the claim and SMTP's answer leaves a 'sending' row whose mail may be lost, never
 * sent twice: for a newsletter a missed issue is better than a duplicate, and staff see such rows counted.
 * When SMTP refuses or cannot be reached the claim is removed (nothing was accepted) and the run stops with
 * the error, so the job fails and Payload retries it later from where it stopped.
 */
export async function sendIssue(payload: Payload, issue: Issue, { now = new Date(), batchSize = newsletterSettings().batchSize } = {}): Promise<IssueReport> {
  const content = await digestContent(payload, issue)
  // No news in this language for the period: no mail rather than an empty one.
  if (content.articles.length === 0) return { issue: issue.key, sent: 0, alreadyClaimed: 0, refused: 0, empty: true }
  const digest = renderDigest(issue, content)
  const report: IssueReport = { issue: issue.key, sent: 0, alreadyClaimed: 0, refused: 0, empty: false }
  // Keyset pagination by id: stable while rows change (unsubscriptions mid-run) on SQLite and MongoDB alike.
  let after: number | string | null = null
  for (;;) {
    const { docs }: { docs: Subscriber[] } = await payload.find({
      collection: 'subscribers',
      where: {
        and: [
          { status: { equals: 'confirmed' } },
          { frequency: { equals: issue.frequency } },
          { languages: { in: [issue.locale] } },
          ...(after === null ? [] : [{ id: { greater_than: after } }]),
        ],
      },
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      ...asService,
    })
    if (docs.length === 0) break
    await eachConcurrently(docs, async (subscriber) => {
      const outcome = await deliver(payload, issue, digest, subscriber, now)
      if (outcome === 'sent') report.sent++
      else if (outcome === 'refused') report.refused++
      else report.alreadyClaimed++
    })
    after = docs[docs.length - 1].id
    if (docs.length < batchSize) break
  }
  return report
}

/** Mails handed to SMTP at once: each waits mostly on the relay's answers, so several overlap well; a relay usually accepts ten or more connections from one client. */
const CONCURRENT_SENDS = 8

/**
 * Runs `task` for every item, a few at a time. After a failure no new item starts; those in flight finish
 * (each releases its own claim if it failed), then the first error is thrown.
 */
async function eachConcurrently<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]
      try {
        await task(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_SENDS, items.length) }, worker))
  if (failure) throw (failure as { error: unknown }).error
}

/** Claims, sends and records one subscriber's mail; 'claimed' when another run already claimed it. */
async function deliver(payload: Payload, issue: Issue, digest: RenderedDigest, subscriber: Subscriber, now: Date): Promise<Delivery> {
  const claim = await claimDelivery(payload, issue, subscriber.id)
  if (claim === null) return 'claimed'
  const token = manageToken(payload.secret, subscriber, now)
  const links = { preferences: preferencesPage(issue.locale, token), unsubscribe: unsubscribePage(issue.locale, token) }
  try {
    await payload.sendEmail({
      to: subscriber.email,
      subject: digest.subject,
      html: digest.html(links),
      text: digest.text(links),
      headers: unsubscribeHeaders(issue.locale, token),
    })
  } catch (error) {
    // One bad address must not hold up everyone else's issue, nor be retried for ever.
    if (refusedForGood(error)) {
      await payload.update({ collection: 'newsletter-deliveries', id: claim, data: { status: 'refused' }, depth: 0, ...asService })
      return 'refused'
    }
    if (!deliveryUncertain(error)) await payload.delete({ collection: 'newsletter-deliveries', id: claim, ...asService }).catch(() => undefined)
    // SMTP's own message may quote the recipient; the job's log gets the codes only.
    throw new SmtpSendError(smtpCodes(error))
  }
  await payload.update({ collection: 'newsletter-deliveries', id: claim, data: { status: 'sent', sentAt: new Date().toISOString() }, depth: 0, ...asService })
  return 'sent'
}

export class SmtpSendError extends Error {
  name = 'SmtpSendError'
}

type SmtpFailure = { responseCode?: unknown; command?: unknown; code?: unknown } | null

function smtpCodes(error: unknown): string {
  const failure = error as SmtpFailure
  const parts = [failure?.code, failure?.command, failure?.responseCode].filter((part) => typeof part === 'string' || typeof part === 'number')
  return `The SMTP relay did not take the newsletter mail (${parts.join(' ') || 'no code'})`
}

/** The relay refused this recipient permanently (5xx to RCPT TO: no such mailbox, a blocked address). */
function refusedForGood(error: unknown): boolean {
  const failure = error as SmtpFailure
  return failure?.code === 'EENVELOPE' && typeof failure.responseCode === 'number' && failure.responseCode >= 500
}

async function claimDelivery(payload: Payload, issue: Issue, subscriber: number | string): Promise<number | string | null> {
  try {
    const row = await payload.create({
      collection: 'newsletter-deliveries',
      data: { key: `${issue.key}/${subscriber}`, issue: issue.key, subscriber: subscriber as number, status: 'sending' },
      depth: 0,
      ...asService,
    })
    return row.id
  } catch (error) {
    const errors = (error as { data?: { errors?: unknown } } | null)?.data?.errors
    if (Array.isArray(errors) && errors.some((entry: unknown) => (entry as { path?: unknown } | null)?.path === 'key')) return null
    throw error
  }
}

/**
 * Whether SMTP may have accepted the mail although the send failed: the connection broke after the message was
 * transmitted, before the server's answer. Then the claim stays (at most once). A refusal with a status code,
 * or a failure to connect or before the message was sent, means nothing was accepted and the claim is freed.
 */
function deliveryUncertain(error: unknown): boolean {
  const failure = error as SmtpFailure
  if (typeof failure?.responseCode === 'number') return false
  return failure?.command === 'DATA' && failure.code !== 'ECONNECTION'
}
