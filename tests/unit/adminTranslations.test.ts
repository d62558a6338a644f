import { describe, expect, it } from '@jest/globals'

import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { initI18n, type I18nOptions } from '@payloadcms/translations'

import { adminT, adminTranslations } from '@/i18n/admin'

/**
 * The admin's own staff-facing text (i18n/admin/, Payload's i18n `custom` namespace): every admin language
 * has every key, none is empty, and each key names the same `{{placeholders}}` in every language
 * (Payload interpolates `{{name}}`; a single-brace ICU placeholder would be shown as typed).
 */
const languages = Object.keys(adminTranslations) as (keyof typeof adminTranslations)[]
const texts = (language: keyof typeof adminTranslations): Record<string, string> => adminTranslations[language].custom
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()

describe('admin translations', () => {
  it('cover the admin languages az, en and ru', () => {
    expect(languages.sort()).toEqual(['az', 'en', 'ru'])
  })

  it.each(languages)('%s has the same keys as en', (language) => {
    expect(Object.keys(texts(language)).sort()).toEqual(Object.keys(texts('en')).sort())
  })

  it.each(languages)('%s has no empty text', (language) => {
    const empty = Object.entries(texts(language)).filter(([, text]) => typeof text !== 'string' || text.trim() === '')
    expect(empty).toEqual([])
  })

  it.each(languages)('%s names the same placeholders as en, in {{double braces}} only', (language) => {
    for (const [key, text] of Object.entries(texts(language))) {
      expect([key, placeholders(text)]).toEqual([key, placeholders(texts('en')[key])])
      expect([key, text.replace(/\{\{\s*\w+\s*\}\}/g, '')]).not.toEqual([key, expect.stringMatching(/\{\s*\w+\s*[,}]/)])
    }
  })
})

describe('Payload reading the admin translations', () => {
  const i18n = (language: 'az' | 'en' | 'ru') =>
    initI18n({
      // As payload.config.ts passes them (Payload's config type takes partial translations; initI18n's does not say so).
      config: { supportedLanguages: { az, en, ru }, fallbackLanguage: 'az', translations: adminTranslations as unknown as I18nOptions['translations'] },
      context: 'api',
      language,
    })

  it('fills {{placeholders}} and keeps its own keys beside Payload’s', async () => {
    const t = adminT(await i18n('en'))
    expect(t('custom:validation.noSuchDay', { day: 31, days: 30 })).toBe('The selected month has no day 31: it has 30 days.')
    expect((await i18n('ru')).t('general:save')).toBe('Сохранить')
  })

  it.each([
    ['en', 1, '1 key'],
    ['en', 21, '21 keys'],
    ['az', 1, '1 açar'],
    ['az', 22, '22 açar'],
    ['ru', 1, 'Ключей: 1'],
    ['ru', 21, 'Ключей: 21'],
  ] as const)('counts keys in %s: %d', async (language, count, expected) => {
    expect(adminT(await i18n(language))('custom:interfaceStrings.keyCount', { count })).toBe(expected)
  })
})
