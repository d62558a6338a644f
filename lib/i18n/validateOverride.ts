import { defaultLocale, isLocale } from '@/i18n/locales'

import { checkMessage, type Problem } from './checkMessages'
import { defaultMessages } from './defaultMessages'

/**
 * The rules an interface-string override must pass before it is saved (admin, REST, import) or served:
 * a key the files define, and a message the check accepts with the same placeholders and tags as the
 * Azerbaijani default. Returns the problems, none when the override is valid.
 */
export function overrideProblems(key: unknown, locale: unknown, value: unknown): Problem[] {
  const name = typeof key === 'string' ? key : ''
  const language = typeof locale === 'string' ? locale : ''
  if (!isLocale(language)) return [{ kind: 'extra-key', locale: language, key: name, detail: 'is not one of the site\'s languages' }]
  if (!(name in defaultMessages[defaultLocale])) return [{ kind: 'extra-key', locale: language, key: name, detail: 'is not a key of messages/az.json' }]
  return checkMessage({ locale: language, key: name, message: value, source: defaultMessages[defaultLocale][name] })
}
