import { describe, expect, it } from '@jest/globals'

import { adminTranslations } from '@/i18n/admin'

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
