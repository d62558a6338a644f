import type { TaskConfig } from 'payload'

import { locales } from '@/i18n/locales'
import { dropExpiredLocks } from '@/lib/reviews/locks'

import { asService } from './service'
import { deleteExpiredSignUps } from './manage'
import type { Frequency } from './options'
import { issueFor } from './issue'
import { sendIssue, type IssueReport } from './sendIssue'

/** Delivery rows are kept this long: enough for staff to count an issue's mails, not a history of readers. */
const DELIVERY_RETENTION_DAYS = 90

type SendInput = { input: { at?: string | null }; output: { reports: IssueReport[] } }

/**
 * The digest, queued by Payload's schedules and run by the server's job runner (cms/jobRunner.ts): at 07:00 in
 * Baku (03:00 UTC) every day, and on Mondays for the weekly one; one issue per language. If SMTP fails, the run
 * fails and Payload retries it every 5 minutes for two hours; each retry resumes where the last stopped
 * (lib/newsletter/sendIssue.ts). `at` (an instant) picks the issue for a run queued by hand.
 */
function sendNewsletterTask(frequency: Frequency, slug: string, cron: string): TaskConfig<SendInput> {
  return {
    slug,
    inputSchema: [{ name: 'at', type: 'date' }],
    schedule: [{ cron, queue: 'default' }],
    retries: { attempts: 24, backoff: { type: 'fixed', delay: 5 * 60_000 } },
    handler: async ({ input, job, req }) => {
      const queuedAt = new Date(input?.at || job.createdAt || Date.now())
      const reports: IssueReport[] = []
      for (const locale of locales) reports.push(await sendIssue(req.payload, issueFor(frequency, locale, queuedAt)))
      return { output: { reports } }
    },
  } as TaskConfig<SendInput>
}

export const sendDailyNewsletterTask = sendNewsletterTask('daily', 'sendDailyNewsletter', '0 3 * * *')
export const sendWeeklyNewsletterTask = sendNewsletterTask('weekly', 'sendWeeklyNewsletter', '0 3 * * 1')

/**
 * Daily: unconfirmed sign-ups whose link has expired are deleted, old delivery rows dropped, and the sign-up
 * limits' ended windows (rows of the review locks) cleared, whether or not a review came in to clear them.
 */
export const expireNewsletterSignUpsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'expireNewsletterSignUps',
  schedule: [{ cron: '20 0 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const now = new Date()
    const deleted = await deleteExpiredSignUps(req.payload, now)
    await req.payload.delete({
      collection: 'newsletter-deliveries',
      where: { createdAt: { less_than: new Date(now.getTime() - DELIVERY_RETENTION_DAYS * 86400_000).toISOString() } },
      ...asService,
    })
    await dropExpiredLocks(req.payload, now)
    return { output: { deleted } }
  },
}
