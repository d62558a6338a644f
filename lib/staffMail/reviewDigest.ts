import type { Payload, TaskConfig, Where } from 'payload'

import { MODERATION_ROLES } from '@/access/moderationStaff'
import { locales } from '@/i18n/locales'
import { claimFor } from '@/lib/reviews/locks'

import { composeMail } from './compose'
import { reviewQueueLink } from './links'
import { mailLanguage, mailText } from './language'
import { mailRetries } from './retries'
import { sendStaffMail } from './send'

/** How often at most one staff member gets the digest (REVIEW_DIGEST_MINUTES, default 60). */
export const digestMinutes = (env: Record<string, string | undefined> = process.env): number => Math.max(1, Number(env.REVIEW_DIGEST_MINUTES) || 60)

/** Moderators always; admins and editors who ticked "review digest" on their account. */
const recipients: Where = {
  or: [
    { role: { equals: 'moderator' } },
    { and: [{ role: { in: MODERATION_ROLES.filter((role) => role !== 'moderator') } }, { reviewDigest: { equals: true } }] },
  ],
}

type Recipient = { id: number | string; name?: string | null; email?: string | null; language?: string | null }

/**
 * Mails each recipient the number of reviews waiting, per language, when any wait. "At most once per interval"
 * is a per-member lock row (the database limiter of lib/reviews/locks.ts: a unique key, so two instances or a
 * retried job cannot both take it) held for the interval; it is taken before sending and given back only when
 * the relay refused the mail. So a retry never mails anyone twice in one interval, and a crash between taking
 * and sending costs at most that one interval's digest (the next one still comes while reviews wait).
 * Any refused mail fails the job, which Payload retries later for those members only.
 */
export async function sendReviewDigests(payload: Payload, now = new Date(), minutes = digestMinutes()): Promise<{ waiting: number; sent: number }> {
  const counts = await Promise.all(
    locales.map(async (locale) => {
      const { totalDocs } = await payload.count({ collection: 'reviews', where: { and: [{ status: { equals: 'pending' } }, { locale: { equals: locale } }] }, overrideAccess: true })
      return { locale, count: totalDocs }
    }),
  )
  const waiting = counts.reduce((sum, { count }) => sum + count, 0)
  if (waiting === 0) return { waiting, sent: 0 }

  const { docs } = await payload.find({ collection: 'users', where: recipients, pagination: false, depth: 0, overrideAccess: true })
  let sent = 0
  const refused: Error[] = []
  for (const user of docs as Recipient[]) {
    if (!user.email) continue
    const lock = await claimFor(payload, `review-digest:${user.id}`, minutes * 60, now)
    if (!lock) continue
    try {
      const { lang, t, languageName } = await mailText(payload, mailLanguage(user))
      const site = t('custom:brand.siteName')
      const lines = counts.filter(({ count }) => count > 0).map(({ locale, count }) => t('custom:mail.digest.line', { language: languageName(locale), count }))
      const mail = composeMail(
        t('custom:mail.digest.subject', { count: waiting, site }),
        [
          { text: t('custom:mail.greeting', { name: user.name ?? '' }) },
          { text: t('custom:mail.digest.intro') },
          { list: lines },
          { text: t('custom:mail.digest.link') },
          { link: reviewQueueLink(payload) },
          { text: t('custom:mail.digest.why', { minutes }) },
        ],
        lang,
      )
      await sendStaffMail(payload, user.email, mail)
      sent += 1
    } catch (error) {
      await lock.release()
      refused.push(error as Error)
    }
  }
  if (refused.length > 0) throw new Error(`${refused.length} review digest(s) not accepted by the mail relay. ${(refused[0] as Error).message}`)
  return { waiting, sent }
}

/** Every minute through the job runner's schedules; the per-member interval decides who actually gets mail. */
export const reviewDigestTask: TaskConfig<{ input: object; output: { waiting: number; sent: number } }> = {
  slug: 'sendReviewDigest',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  retries: mailRetries(),
  handler: async ({ req }) => ({ output: await sendReviewDigests(req.payload) }),
}
