import { createHash, createHmac } from 'node:crypto'
import type { Payload } from 'payload'

import { REVIEW_SUBMISSION_CONTEXT } from '@/access/submittedThroughSiteForm'
import type { SubmissionFacts } from '@/collections/Reviews/hooks/applySubmissionFacts'
import { isLocale, type Locale } from '@/i18n/locales'
import { publishedInLanguage } from '@/lib/data/published'

import { claimFor, dropExpiredLocks, takeSlot, type Lock } from './locks'
import { validateReview, type ReviewField, type ReviewFieldError, type ReviewInput } from './rules'
import { reviewLimits, type ReviewLimits } from './settings'
import { foldForComparison, parseBlocklist, spamSignals } from './spamSignals'

export type Submission = {
  article: unknown
  locale: unknown
  fields: ReviewInput
  /** The field people cannot see; only robots fill it in. */
  honeypot: string
  clientAddress: string
  userAgent: string | null
}

export type SubmissionOutcome =
  | { outcome: 'received' }
  | { outcome: 'invalid'; errors: Partial<Record<ReviewField, ReviewFieldError>> }
  | { outcome: 'not-found' }
  | { outcome: 'closed'; reason: 'article' | 'site' }
  | { outcome: 'rate-limited'; retryAfterSeconds: number }
  | { outcome: 'duplicate' }

/** The same text from the same address is refused for this long. */
const DUPLICATE_SECONDS = 24 * 60 * 60

/**
 * Everything between a reader pressing "Send" and a pending review in the database, shared by the form's
 * server action and the JSON endpoint. Cheap checks first (validation, the article), then the limits that
 * write (rate, duplicates), so malformed or misdirected input never touches the database's write path.
 * Every Local API call is made as the public (overrideAccess: false); what the public may not set comes in
 * through the request context (see access/submittedThroughSiteForm.ts).
 */
export async function submitReview(
  payload: Payload,
  submission: Submission,
  { now = new Date(), limits = reviewLimits() }: { now?: Date; limits?: ReviewLimits } = {},
): Promise<SubmissionOutcome> {
  const validation = validateReview(submission.fields)
  if (!validation.ok) return { outcome: 'invalid', errors: validation.errors }
  const { review } = validation

  if (!isLocale(submission.locale)) return { outcome: 'not-found' }
  const locale: Locale = submission.locale
  const article = await findOpenArticle(payload, submission.article, locale)
  if (!article) return { outcome: 'not-found' }
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: false,
    // Lets this check read the blocklist, which the public API does not show.
    context: { [REVIEW_SUBMISSION_CONTEXT]: 'check' },
  })
  if (settings.reviews?.enabled === false) return { outcome: 'closed', reason: 'site' }
  if (article.reviewsOpen === false) return { outcome: 'closed', reason: 'article' }

  const ipHash = hashAddress(payload.secret, submission.clientAddress)
  const held: Lock[] = []
  const releaseAll = () => Promise.all(held.map((lock) => lock.release()))

  for (const [bucket, limit] of [
    [`article:${article.id}:${ipHash}`, limits.perArticle],
    [`site:${ipHash}`, limits.siteWide],
  ] as const) {
    const allowance = await takeSlot(payload, bucket, limit, now)
    if (!allowance.allowed) {
      await releaseAll()
      return { outcome: 'rate-limited', retryAfterSeconds: allowance.retryAfterSeconds }
    }
    held.push(allowance)
  }

  const duplicate = await claimFor(payload, `body:${fingerprint(ipHash, review.body)}`, DUPLICATE_SECONDS, now)
  if (!duplicate) {
    // A double click or a resent form: nothing new is stored, so the attempt does not use up the limits.
    await releaseAll()
    return { outcome: 'duplicate' }
  }
  held.push(duplicate)

  const flags = spamSignals(`${review.name}\n${review.body}`, parseBlocklist(settings.reviews?.blocklist))
  const facts: SubmissionFacts = {
    // A filled honeypot is a robot: kept for the record as spam, and answered like any other review so
    // the robot learns nothing.
    status: submission.honeypot.trim() ? 'spam' : 'pending',
    flags,
    ipHash,
    userAgent: submission.userAgent?.slice(0, 512) ?? null,
  }
  try {
    await payload.create({
      collection: 'reviews',
      data: {
        article: article.id,
        locale,
        authorName: review.name,
        email: review.email,
        rating: review.rating,
        body: review.body,
        // Required by the type; Payload drops it (the public may not set a status) and the facts decide it.
        status: 'pending',
      },
      overrideAccess: false,
      context: { [REVIEW_SUBMISSION_CONTEXT]: facts },
      depth: 0,
    })
  } catch (error) {
    await releaseAll().catch(() => undefined)
    throw error
  }
  // Ended windows are dropped now and then rather than on every request.
  if (Math.random() < 0.05) await dropExpiredLocks(payload, now).catch(() => undefined)
  return { outcome: 'received' }
}

/** The article as the public sees it in this language: published, and translated into it. */
async function findOpenArticle(payload: Payload, id: unknown, locale: Locale) {
  if ((typeof id !== 'string' && typeof id !== 'number') || !/^[\w-]{1,64}$/.test(String(id))) return null
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    where: publishedInLanguage({ id: { equals: id } }),
    select: { slug: true, reviewsOpen: true },
  })
  return docs[0] ?? null
}

/** A keyed hash: the same address always gives the same value, but the value cannot be turned back into it. */
export function hashAddress(secret: string, address: string): string {
  return createHmac('sha256', secret).update(`review-ip:${address}`).digest('hex')
}

/** The same words, however spaced, capitalised or accented, from the same address. */
function fingerprint(ipHash: string, body: string): string {
  return createHash('sha256').update(`${ipHash}\n${foldForComparison(body)}`).digest('hex')
}
