import { createHmac } from 'node:crypto'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { ROLE_LABELS } from '@/collections/Users/roleLabels'
import { roleOf } from '@/access/roles'
import { claimFor } from '@/lib/reviews/locks'

import { composeMail, type MailContent } from './compose'
import { adminLink, setPasswordLink } from './links'
import { mailLanguage, mailText } from './language'
import { mailRetries } from './retries'
import { sendStaffMail } from './send'

export const PASSWORD_MAIL_KINDS = ['passwordReset', 'invitation'] as const
export type PasswordMailKind = (typeof PASSWORD_MAIL_KINDS)[number]

type Account = { id: number | string; name?: string | null; email?: string | null; role?: string | null; language?: string | null }
type StoredToken = Account & { resetPasswordToken?: string | null; resetPasswordExpiration?: string | null }

/**
 * Queues the mail in the same transaction as the token it carries (the request's): both are stored, or neither.
 * The job, not the request, talks to the relay, so a relay that is down delays the mail instead of failing the
 * request, and the job is retried until it goes through.
 */
export async function queuePasswordMail(req: PayloadRequest, user: number | string, kind: PasswordMailKind): Promise<void> {
  await req.payload.jobs.queue({ task: 'sendPasswordMail', input: { user: String(user), kind }, req })
}

/** A reset or invitation mail in the member's language, linking to Payload's reset page with their token. */
export async function passwordMail(payload: Payload, user: Account, token: string, expiresAt: string, kind: PasswordMailKind): Promise<MailContent> {
  const { lang, t, date } = await mailText(payload, mailLanguage(user))
  const site = t('custom:brand.siteName')
  const link = setPasswordLink(payload, token)
  const greeting = { text: t('custom:mail.greeting', { name: user.name ?? '' }) }
  if (kind === 'invitation') {
    const role = roleOf(user)
    return composeMail(
      t('custom:mail.invite.subject', { site }),
      [
        greeting,
        { text: t('custom:mail.invite.body', { site, role: role ? ROLE_LABELS[role][lang] : '', until: date(expiresAt) }) },
        { link },
        { text: t('custom:mail.invite.login', { url: adminLink(payload, '') }) },
      ],
      lang,
    )
  }
  return composeMail(
    t('custom:mail.reset.subject', { site }),
    [greeting, { text: t('custom:mail.reset.body', { site, until: date(expiresAt) }) }, { link }, { text: t('custom:mail.reset.sessions') }, { text: t('custom:mail.reset.ignore') }],
    lang,
  )
}

/**
 * Sends the member's current token (read now, not when queued: a newer request replaced an older token, and
 * the mail must carry the one that works). Nothing is sent for a token already used, expired or already mailed.
 */
export const sendPasswordMailTask: TaskConfig<{ input: { user: string; kind: PasswordMailKind }; output: { sent: boolean } }> = {
  slug: 'sendPasswordMail',
  inputSchema: [
    { name: 'user', type: 'text', required: true },
    { name: 'kind', type: 'select', options: [...PASSWORD_MAIL_KINDS], required: true },
  ],
  retries: mailRetries(),
  handler: async ({ input, req }) => {
    const { payload } = req
    // The token is a hidden field: straight from the adapter.
    const user = await payload.db.findOne<StoredToken>({ collection: 'users', where: { id: { equals: input.user } }, req })
    const { resetPasswordToken: token, resetPasswordExpiration: expiresAt } = user ?? {}
    if (!user?.email || !token || !expiresAt || new Date(expiresAt) <= new Date()) return { output: { sent: false } }
    // One mail per token, even if the job is run again after the relay took it (a crash before the job was
    // marked done): a lock row named by a keyed hash of the token (never the token), given back if the relay refuses.
    const now = new Date()
    const key = `password-mail:${createHmac('sha256', payload.secret).update(token).digest('hex')}`
    const lock = await claimFor(payload, key, Math.ceil((new Date(expiresAt).getTime() - now.getTime()) / 1000), now)
    if (!lock) return { output: { sent: false } }
    try {
      await sendStaffMail(payload, user.email, await passwordMail(payload, user, token, expiresAt, input.kind))
    } catch (error) {
      await lock.release()
      throw error
    }
    return { output: { sent: true } }
  },
}
