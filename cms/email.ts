import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { adminTranslations } from '@/i18n/admin'
import { defaultLocale } from '@/i18n/locales'
import { configuredOrigin } from '@/lib/configuredOrigin.mjs'

type Env = Record<string, string | undefined>

export type MailSettings = {
  /** null: no SMTP_HOST, mails go to the log. */
  smtp: { host: string; port: number; secure: boolean; user?: string; password?: string } | null
  fromAddress: string
  fromName: string
}

/**
 * Mail settings from the environment (README "E-mail and newsletter"). SMTP_SECURE means implicit TLS (port
 * 465); otherwise nodemailer upgrades with STARTTLS when the relay offers it, and insists on it whenever a user
 * is set, so credentials never cross the network in clear. MAIL_FROM defaults to newsroom@ the SERVER_URL host:
 * a real relay usually accepts only senders of a verified domain, so production sets it.
 */
export function mailSettings(env: Env = process.env): MailSettings {
  const host = env.SMTP_HOST?.trim()
  const port = Number(env.SMTP_PORT) || 587
  const secure = env.SMTP_SECURE ? env.SMTP_SECURE.trim().toLowerCase() === 'true' : port === 465
  const origin = configuredOrigin(env)
  const fromAddress = env.MAIL_FROM?.trim() || `newsroom@${origin ? new URL(origin).hostname : 'localhost'}`
  // Mail is set up before the database is, so the name comes from here, not from site settings.
  const fromName = env.MAIL_FROM_NAME?.trim() || adminTranslations[defaultLocale].custom['brand.siteName']
  return {
    smtp: host ? { host, port, secure, user: env.SMTP_USER?.trim() || undefined, password: env.SMTP_PASSWORD || undefined } : null,
    fromAddress,
    fromName,
  }
}

/** The Payload e-mail adapter (payload.config.ts `email`): SMTP when SMTP_HOST is set, the log otherwise. */
export function emailAdapter(env: Env = process.env): EmailAdapter | Promise<EmailAdapter> {
  const settings = mailSettings(env)
  if (!settings.smtp) return logEmailAdapter(settings)
  const { host, port, secure, user, password } = settings.smtp
  return nodemailerAdapter({
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    // No connection at start-up: the portal starts whether or not the relay answers; a send reports its own failure.
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure,
      requireTLS: Boolean(user) && !secure,
      auth: user ? { user, pass: password } : undefined,
      // nodemailer waits minutes by default; a relay that is down should fail the send (and its job retry) soon.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    },
  })
}

/**
 * Without SMTP the portal still works: it says so once at start-up and writes each mail to the log, recipient
 * masked, so a developer can follow a reset link locally while no address appears in clear.
 */
function logEmailAdapter(settings: MailSettings): EmailAdapter {
  return ({ payload }) => {
    payload.logger.info('E-mail: SMTP_HOST is not set, so mails are written to this log instead of being sent.')
    return {
      name: 'log',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: async (message: SendEmailOptions) => {
        const to = recipients(message.to).map(maskAddress).join(', ')
        payload.logger.info({ msg: `E-mail (not sent): ${message.subject ?? ''}`, to, subject: message.subject, text: message.text ?? message.html })
      },
    }
  }
}

type Recipient = SendEmailOptions['to']

function recipients(to: Recipient): string[] {
  if (!to) return []
  if (Array.isArray(to)) return to.flatMap((one) => recipients(one))
  if (typeof to === 'string') return to.split(',').map((one) => one.trim()).filter(Boolean)
  return [to.address]
}

/** `jane.doe@example.az` → `j***@e***.az`: enough to tell mails apart, not enough to read the address. */
export function maskAddress(address: string): string {
  const bare = address.match(/<([^>]+)>/)?.[1] ?? address
  const at = bare.lastIndexOf('@')
  if (at < 1) return '***'
  const domain = bare.slice(at + 1)
  const dot = domain.lastIndexOf('.')
  const tld = dot > 0 ? domain.slice(dot) : ''
  return `${bare[0]}***@${domain[0] ?? ''}***${tld}`
}
