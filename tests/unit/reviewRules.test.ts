import { describe, expect, it } from '@jest/globals'

import { clientAddress } from '@/lib/reviews/clientAddress'
import { formStateFor } from '@/lib/reviews/formState'
import { characterCount, validateReview, type ReviewInput } from '@/lib/reviews/rules'
import { reviewLimits } from '@/lib/reviews/settings'
import { countLinks, foldForComparison, parseBlocklist, spamSignals } from '@/lib/reviews/spamSignals'

const input = (overrides: Partial<ReviewInput> = {}): ReviewInput => ({ name: 'Aygün', email: '', rating: '', body: 'Bu, on simvoldan uzun rəydir.', ...overrides })

describe('validateReview', () => {
  it('accepts a minimal review and keeps the body exactly as typed', () => {
    const body = '  <b>Salam</b>\n\nikinci sətir  '
    expect(validateReview(input({ body, name: '  Aygün ', email: ' a@b.az ', rating: '3' }))).toEqual({
      ok: true,
      review: { name: 'Aygün', email: 'a@b.az', rating: 3, body },
    })
  })

  it.each([
    [{ name: '' }, { name: 'required' }],
    [{ name: '   ' }, { name: 'required' }],
    [{ name: 'Ə' }, { name: 'tooShort' }],
    [{ name: 'Əl' }, {}],
    [{ name: 'ə'.repeat(80) }, {}],
    [{ name: 'ə'.repeat(81) }, { name: 'tooLong' }],
    [{ email: 'a@b' }, { email: 'invalidEmail' }],
    [{ email: 'a b@c.az' }, { email: 'invalidEmail' }],
    [{ email: 'ad.soyad+xeber@poct.example.az' }, {}],
    [{ body: '' }, { body: 'required' }],
    [{ body: '123456789' }, { body: 'tooShort' }],
    [{ body: '         1234567890' }, {}],
    [{ body: '1234567890' }, {}],
    [{ body: 'ş'.repeat(3000) }, {}],
    [{ body: 'ş'.repeat(3001) }, { body: 'tooLong' }],
    [{ rating: '0' }, { rating: 'invalidRating' }],
    [{ rating: '6' }, { rating: 'invalidRating' }],
    [{ rating: '4.5' }, { rating: 'invalidRating' }],
    [{ rating: 'five' }, { rating: 'invalidRating' }],
    [{ rating: '5' }, {}],
  ] as const)('%j → %j', (overrides, errors) => {
    const result = validateReview(input(overrides))
    expect(result.ok ? {} : result.errors).toEqual(errors)
  })

  it('counts characters as readers see them, not UTF-16 units', () => {
    expect(characterCount('😀ə')).toBe(2)
    expect(validateReview(input({ body: '😀'.repeat(3000) })).ok).toBe(true)
  })
})

describe('clientAddress', () => {
  it('is the connecting peer when no proxy is trusted, whatever the client claims', () => {
    expect(clientAddress('1.2.3.4, 5.6.7.8, 203.0.113.9', 0)).toBe('203.0.113.9')
    expect(clientAddress('::ffff:203.0.113.9', 0)).toBe('203.0.113.9')
    expect(clientAddress('2001:DB8::1', 0)).toBe('2001:db8::1')
  })

  it('counts trusted proxies from the right and never believes entries further left', () => {
    expect(clientAddress('forged, 198.51.100.7, 10.0.0.2', 1)).toBe('198.51.100.7')
    expect(clientAddress('forged, 198.51.100.7, 10.0.0.3, 10.0.0.2', 2)).toBe('198.51.100.7')
    // Fewer entries than trusted proxies: the leftmost is the best there is.
    expect(clientAddress('10.0.0.2', 3)).toBe('10.0.0.2')
  })

  it('has an answer even without the header', () => {
    expect(clientAddress(null, 0)).toBe('unknown')
    expect(clientAddress(' , ', 1)).toBe('unknown')
  })
})

describe('spam signals', () => {
  it('counts links written with a scheme or www.', () => {
    expect(countLinks('https://a.example http://b.example www.c.example d.example')).toBe(3)
    expect(spamSignals('https://a.example https://b.example', [])).toEqual([])
    expect(spamSignals('https://a.example https://b.example www.c.example', [])).toEqual(['links'])
  })

  it('matches the blocklist whatever the case, dots or accents', () => {
    const blocklist = parseBlocklist('Kazino\n\n  Ucuz KREDİT \r\n')
    expect(blocklist).toEqual(['kazino', 'ucuz kredit'])
    expect(spamSignals('Ən yaxşı KAZİNO burada', blocklist)).toEqual(['blocklist'])
    expect(spamSignals('ucuz   kredit verirəm', blocklist)).toEqual(['blocklist'])
    expect(spamSignals('Kazıno', blocklist)).toEqual(['blocklist'])
    expect(spamSignals('Maraqlı məqalə', blocklist)).toEqual([])
    expect(foldForComparison('İSTANBUL  ışıq')).toBe('istanbul isiq')
  })
})

describe('reviewLimits', () => {
  it('defaults to 3 per article per 10 minutes and 10 per hour site-wide, behind no proxy', () => {
    expect(reviewLimits({})).toEqual({ perArticle: { max: 3, windowSeconds: 600 }, siteWide: { max: 10, windowSeconds: 3600 }, trustedProxies: 0 })
  })

  it('takes whole numbers from the environment and ignores anything else', () => {
    const limits = reviewLimits({ REVIEW_LIMIT_PER_ARTICLE: '5', REVIEW_LIMIT_SITE_WIDE_MINUTES: '30', REVIEW_LIMIT_SITE_WIDE: '-1', TRUSTED_PROXY_HOPS: 'two' })
    expect(limits).toEqual({ perArticle: { max: 5, windowSeconds: 600 }, siteWide: { max: 10, windowSeconds: 1800 }, trustedProxies: 0 })
  })
})

describe('formStateFor', () => {
  const typed = input({ email: 'a@b.az' })
  it('empties the form once a review is received and keeps it otherwise', () => {
    expect(formStateFor({ outcome: 'received' }, typed, 2)).toMatchObject({ status: 'received', values: { name: '', body: '' }, attempt: 2 })
    expect(formStateFor({ outcome: 'duplicate' }, typed, 3)).toMatchObject({ status: 'duplicate', values: typed })
    expect(formStateFor({ outcome: 'rate-limited', retryAfterSeconds: 61 }, typed, 1)).toMatchObject({ retryAfterMinutes: 2, values: typed })
    expect(formStateFor({ outcome: 'closed', reason: 'site' }, typed, 1).status).toBe('closed-site')
  })
})
