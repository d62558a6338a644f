import { initI18n, type TFunction } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { adminT, type AdminTranslationKeys } from '@/i18n/admin'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

/** The language of a staff member's mail: the one stored on the account (Users `language`), else the default. */
export const mailLanguage = (user: { language?: string | null }): Locale => (isLocale(user.language) ? user.language : defaultLocale)

export type MailText = { lang: Locale; t: TFunction<AdminTranslationKeys>; date: (iso: string) => string; languageName: (code: string) => string }

/** The admin's own translations (i18n/admin, `custom:` keys) in one language, outside any request. */
export async function mailText(payload: Payload, lang: Locale): Promise<MailText> {
  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language: lang })
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: NEWSROOM_TIME_ZONE })
  const names = new Intl.DisplayNames([lang], { type: 'language' })
  return { lang, t: adminT(i18n), date: (iso) => dates.format(new Date(iso)), languageName: (code) => names.of(code) ?? code }
}
