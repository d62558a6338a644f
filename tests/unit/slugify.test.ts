import { describe, expect, it } from '@jest/globals'

import { isPlausibleSlug, SLUG_MAX_LENGTH, slugify } from '@/lib/slugify'

describe('slugify', () => {
  it('transliterates the Azerbaijani letters ə ı ö ü ğ ş ç', () => {
    expect(slugify('Xocalı soyqırımının 21-ci ildönümü')).toBe('xocali-soyqiriminin-21-ci-ildonumu')
    expect(slugify('Şəki, Gəncə və Çağırış')).toBe('sheki-gence-ve-chagirish')
    expect(slugify('İlham Əliyev')).toBe('ilham-eliyev')
  })

  it('transliterates Russian Cyrillic to readable ASCII', () => {
    expect(slugify('Ходжалинский геноцид: 21-я годовщина')).toBe('khodzhalinskiy-genotsid-21-ya-godovshchina')
    expect(slugify('Объявлены в розыск 287 человек')).toBe('obyavleny-v-rozysk-287-chelovek')
  })

  it('keeps only lowercase ASCII letters, digits and single hyphens', () => {
    expect(slugify('  «The Call of the Mother» — 1,275 hostages!  ')).toBe('the-call-of-the-mother-1-275-hostages')
    expect(slugify('Café déjà vu')).toBe('cafe-deja-vu')
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script')
  })

  it('returns an empty slug for text with no letters or digits', () => {
    expect(slugify('—!?')).toBe('')
  })

  it('bounds the length without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('isPlausibleSlug', () => {
  it('accepts what slugify makes and nothing a URL could smuggle in', () => {
    expect(isPlausibleSlug(slugify('Xocalı soyqırımının 21-ci ildönümü'))).toBe(true)
    for (const bad of ['', 'Upper', 'a--b', '-a', 'a-', '%3Cscript%3E', 'a/b', 'a'.repeat(SLUG_MAX_LENGTH + 1)]) {
      expect([bad, isPlausibleSlug(bad)]).toEqual([bad, false])
    }
  })
})
