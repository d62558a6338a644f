import { describe, expect, it } from '@jest/globals'

import { localeFromAcceptLanguage } from '@/lib/preferredLocale'

describe('localeFromAcceptLanguage', () => {
  it('defaults to Azerbaijani without a header or without a language of ours', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('az')
    expect(localeFromAcceptLanguage('')).toBe('az')
    expect(localeFromAcceptLanguage('de-DE,fr;q=0.8')).toBe('az')
  })

  it('takes the highest-weighted language we have, ignoring regions', () => {
    expect(localeFromAcceptLanguage('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru')
    expect(localeFromAcceptLanguage('de;q=1,en-GB;q=0.7,ru;q=0.5')).toBe('en')
    expect(localeFromAcceptLanguage('en;q=0.2,az;q=0.9')).toBe('az')
  })

  it('ignores languages refused with q=0 and malformed weights', () => {
    expect(localeFromAcceptLanguage('en;q=0,ru;q=0.1')).toBe('ru')
    expect(localeFromAcceptLanguage('en;q=abc,ru')).toBe('ru')
  })
})
