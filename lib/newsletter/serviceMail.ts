import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { confirmLink, preferencesPage, unsubscribeHeaders } from './links'
import { escapeHtml, mailTranslator } from './translator'

/** A short mail of one paragraph and one button, HTML and plain text from the same strings. */
function simpleMail(lang: Locale, heading: string, paragraph: string, action: string, link: string, footnote: string) {
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5;max-width:36em">
<h1 style="font-size:1.3em">${escapeHtml(heading)}</h1>
<p>${escapeHtml(paragraph)}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:.6em 1.2em;background:#1a4d8f;color:#fff;text-decoration:none">${escapeHtml(action)}</a></p>
<p style="color:#555;font-size:.9em">${escapeHtml(footnote)}</p>
</body></html>`
  const text = `${heading}\n\n${paragraph}\n\n${action}: ${link}\n\n${footnote}\n`
  return { html, text }
}

/** "Confirm your subscription": the only mail a sign-up gets until its link is followed. */
export async function sendConfirmation(payload: Payload, to: string, locale: Locale, token: string, hours: number): Promise<void> {
  const t = mailTranslator(locale)
  const subject = t('confirmSubject')
  await payload.sendEmail({
    to,
    subject,
    ...simpleMail(locale, subject, t('confirmBody'), t('confirmAction'), confirmLink(locale, token), t('confirmFootnote', { hours })),
  })
}

/** A sign-up for an address already subscribed: no state changes, the owner gets their preferences link. */
export async function sendAlreadySubscribed(payload: Payload, to: string, locale: Locale, manage: string): Promise<void> {
  const t = mailTranslator(locale)
  const subject = t('alreadySubject')
  await payload.sendEmail({
    to,
    subject,
    headers: unsubscribeHeaders(locale, manage),
    ...simpleMail(locale, subject, t('alreadyBody'), t('preferencesAction'), preferencesPage(locale, manage), t('alreadyFootnote')),
  })
}
