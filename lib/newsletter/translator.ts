import { createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import az from '@/messages/az.json' with { type: 'json' }
import en from '@/messages/en.json' with { type: 'json' }
import ru from '@/messages/ru.json' with { type: 'json' }

import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

const CATALOGS = { az, en, ru }

/** The mail's text in one language, from messages/*.json like the site's (the job runs outside a page). */
export function mailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace: 'NewsletterMail', timeZone: NEWSROOM_TIME_ZONE })
}

export type MailTranslator = ReturnType<typeof mailTranslator>

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}
