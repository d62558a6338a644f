import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import { screen } from '@testing-library/react'
import { createTranslator } from 'next-intl'

import { AnniversaryLabel } from '@/components/AnniversaryLabel'
import type { Locale } from '@/i18n/locales'
import { currentOrNextAnniversary, type Anniversary } from '@/lib/anniversary'

import { renderInLocale } from './render'

const khojaly: Anniversary = { date: '2027-02-26', number: 35, daysUntil: 93, isToday: false }

function label(locale: Locale, change: Partial<Anniversary>): string {
  const { container } = renderInLocale(<AnniversaryLabel anniversary={{ ...khojaly, ...change }} />, locale)
  return container.textContent ?? ''
}

/** Azerbaijani ordinal suffix by vowel harmony with the last word of the number as it is spoken. */
function harmonySuffix(n: number): string {
  const units = ['', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz']
  const tens = ['', 'on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan']
  const word =
    n % 10 ? units[n % 10] : n % 100 ? tens[(n % 100) / 10] : n % 1000 ? 'yüz' : n % 1_000_000 ? 'min' : 'milyon'
  const vowel = [...word].reverse().find((c) => 'aıoueəiöü'.includes(c))
  return { a: 'cı', ı: 'cı', o: 'cu', u: 'cu', e: 'ci', ə: 'ci', i: 'ci', ö: 'cü', ü: 'cü' }[vowel ?? 'i'] ?? 'ci'
}

describe('AnniversaryLabel', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [34, '34th'],
    [100, '100th'],
    [111, '111th'],
    [1001, '1,001st'],
  ])('writes the English ordinal of %i as %s', (number, ordinal) => {
    expect(label('en', { number })).toBe(`${ordinal} anniversary · in 93 days, on February 26, 2027`)
  })

  it.each([
    [1, 'ci'],
    [2, 'ci'],
    [3, 'cü'],
    [4, 'cü'],
    [5, 'ci'],
    [6, 'cı'],
    [7, 'ci'],
    [8, 'ci'],
    [9, 'cu'],
    [10, 'cu'],
    [20, 'ci'],
    [21, 'ci'],
    [30, 'cu'],
    [34, 'cü'],
    [40, 'cı'],
    [50, 'ci'],
    [60, 'cı'],
    [70, 'ci'],
    [80, 'ci'],
    [90, 'cı'],
    [100, 'cü'],
  ])('gives the Azerbaijani ordinal %i the suffix -%s (vowel harmony)', (number, suffix) => {
    expect(label('az', { number })).toBe(`${number}-${suffix} ildönümü · 93 gün sonra, 26 fevral 2027`)
  })

  it('follows vowel harmony in Azerbaijani for every anniversary up to 9999, the thousands included', () => {
    // CLDR's az ordinal categories alone say "1000-cu"; the message lists the round thousands (min → -ci).
    const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', 'az.json'), 'utf8'))
    const t = createTranslator({ locale: 'az', messages, namespace: 'Anniversary' })
    const wrong: string[] = []
    for (let n = 1; n <= 9999; n++) {
      const text = t.markup('label', { anniversary: n, daysUntil: 1, date: 'D', time: (chunks) => chunks })
      const expected = `${new Intl.NumberFormat('az').format(n)}-${harmonySuffix(n)} ildönümü`
      if (!text.startsWith(`${expected} ·`)) wrong.push(text)
    }
    expect(wrong).toEqual([])
    expect(harmonySuffix(1000)).toBe('ci')
  })

  it.each([1, 2, 21, 34, 100])('writes the Russian ordinal %i with -я (годовщина is feminine)', (number) => {
    expect(label('ru', { number, daysUntil: 5 })).toBe(`${number}-я годовщина · через 5 дней, 26 февраля 2027 г.`)
  })

  it.each([
    [1, 'через 1 день'],
    [2, 'через 2 дня'],
    [4, 'через 4 дня'],
    [5, 'через 5 дней'],
    [11, 'через 11 дней'],
    [21, 'через 21 день'],
    [22, 'через 22 дня'],
    [93, 'через 93 дня'],
    [111, 'через 111 дней'],
  ])('counts down %i days in Russian: %s', (daysUntil, countdown) => {
    expect(label('ru', { number: 34, daysUntil })).toBe(`34-я годовщина · ${countdown}, 26 февраля 2027 г.`)
  })

  it.each([
    ['en', 1, '34th anniversary · in 1 day, on February 26, 2027'],
    ['en', 93, '34th anniversary · in 93 days, on February 26, 2027'],
    ['az', 1, '34-cü ildönümü · 1 gün sonra, 26 fevral 2027'],
    ['az', 93, '34-cü ildönümü · 93 gün sonra, 26 fevral 2027'],
  ] as const)('counts down in %s: %i days', (locale, daysUntil, expected) => {
    expect(label(locale, { number: 34, daysUntil })).toBe(expected)
  })

  it.each([
    ['en', '34th anniversary · today, February 26, 2027'],
    ['az', '34-cü ildönümü · bu gün, 26 fevral 2027'],
    ['ru', '34-я годовщина · сегодня, 26 февраля 2027 г.'],
  ] as const)('says "today" on the day itself in %s', (locale, expected) => {
    expect(label(locale, { number: 34, daysUntil: 0, isToday: true })).toBe(expected)
  })

  it('marks the commemoration date up as a machine-readable calendar day', () => {
    renderInLocale(<AnniversaryLabel anniversary={{ ...khojaly, date: '2027-01-01' }} />, 'en')
    // The day as given, never shifted a day back or forth by a time zone.
    const time = screen.getByText('January 1, 2027')
    expect(time.tagName).toBe('TIME')
    expect(time).toHaveAttribute('dateTime', '2027-01-01')
  })
})

describe('AnniversaryLabel around midnight in Baku', () => {
  // Khojaly: 25–26 February 1992, remembered on 26 February. Baku is UTC+4 all year.
  const at = (iso: string) => currentOrNextAnniversary('1992-02-25T12:00:00.000Z', { month: '2', day: 26 }, new Date(iso), 'Asia/Baku')
  const text = (iso: string, locale: Locale) => renderInLocale(<AnniversaryLabel anniversary={at(iso)} />, locale).container.textContent ?? ''

  it('still counts down at 23:30 in Baku on the eve (19:30 UTC)', () => {
    expect(text('2026-02-25T19:30:00.000Z', 'en')).toMatch(/^34th anniversary · in 1 day/)
    expect(text('2026-02-25T19:30:00.000Z', 'ru')).toMatch(/^34-я годовщина · через 1 день/)
  })

  it('says "today" from 00:30 in Baku although it is still the 25th in UTC (20:30 UTC)', () => {
    expect(text('2026-02-25T20:30:00.000Z', 'en')).toMatch(/^34th anniversary · today/)
    expect(text('2026-02-25T20:30:00.000Z', 'az')).toMatch(/^34-cü ildönümü · bu gün/)
  })

  it('moves on to next year’s 35th at midnight after the day (20:00 UTC on the 26th)', () => {
    expect(text('2026-02-26T20:00:00.000Z', 'en')).toMatch(/^35th anniversary · in 364 days/)
  })
})
