import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { defaultLocale, locales } from '@/i18n/locales'
import { checkCatalogs, checkMessage, flattenCatalog, formatProblem, unflattenCatalog } from '@/lib/i18n/checkMessages'
import { readCatalogs } from '@/lib/i18n/readCatalogs'

const kinds = (problems: { kind: string; locale: string; key: string }[]) => problems.map(({ kind, locale, key }) => `${kind} ${locale} ${key}`)

describe('the interface messages in messages/', () => {
  it('pass every check (the same one `npm run i18n:check` runs)', () => {
    expect(checkCatalogs(readCatalogs('messages', locales), defaultLocale).map(formatProblem)).toEqual([])
  })
})

describe('the message checker', () => {
  it('lists each kind of problem in a broken set of catalogues, precisely', () => {
    const problems = checkCatalogs(readCatalogs(path.join('tests', 'unit', 'fixtures', 'broken-messages'), locales), 'az')
    expect(kinds(problems).sort()).toEqual(
      [
        'empty en Page.empty',
        'extra-key en Page.stray',
        'placeholders en Page.updated',
        'missing-key ru Page.empty',
        'syntax ru Page.title',
        'plural-categories ru Page.count',
        'plural-categories en Page.rank',
      ].sort(),
    )
    expect(problems.map(formatProblem)).toContain('ru Page.count: plural {count} lacks few, many (ru needs few, many, one, other) [plural-categories]')
    // Russian ordinals have a single form ("other"), so ru's Page.rank is fine.
    expect(problems.map(formatProblem)).toContain('en Page.updated: uses {date}; the source uses <when>, {date} [placeholders]')
  })

  it('reports a key missing in a locale', () => {
    expect(kinds(checkCatalogs({ az: { A: { b: 'x', c: 'y' } }, en: { A: { b: 'x' } } }, 'az'))).toEqual(['missing-key en A.c'])
  })

  it('reports a key that is not in the source language', () => {
    expect(kinds(checkCatalogs({ az: { A: { b: 'x' } }, en: { A: { b: 'x', extra: 'y' } } }, 'az'))).toEqual(['extra-key en A.extra'])
  })

  it('reports ICU syntax errors', () => {
    expect(kinds(checkMessage({ locale: 'en', key: 'A.b', message: '{count, plural, one {x}' }))).toEqual(['syntax en A.b'])
    expect(kinds(checkMessage({ locale: 'en', key: 'A.b', message: 'Hello {name' }))).toEqual(['syntax en A.b'])
  })

  it('reports placeholders and tags that differ from the source', () => {
    expect(kinds(checkMessage({ locale: 'en', key: 'A.b', message: '{minutes} min', source: '{count} dəq' }))).toEqual(['placeholders en A.b'])
    expect(kinds(checkMessage({ locale: 'en', key: 'A.b', message: '<b>{count}</b>', source: '<strong>{count}</strong>' }))).toEqual([
      'placeholders en A.b',
    ])
    expect(checkMessage({ locale: 'en', key: 'A.b', message: '{count} min, <b>ok</b>', source: '<b>{count}</b> dəq' })).toEqual([])
  })

  it('reports plurals and ordinals without the categories the language needs (CLDR)', () => {
    const ruCardinal = checkMessage({ locale: 'ru', key: 'A.b', message: '{n, plural, one {# минута} other {# минут}}' })
    expect(ruCardinal.map((p) => p.detail)).toEqual(['plural {n} lacks few, many (ru needs few, many, one, other)'])
    const azOrdinal = checkMessage({ locale: 'az', key: 'A.b', message: '{n, selectordinal, other {#-ci}}' })
    expect(azOrdinal.map((p) => p.detail)).toEqual(['selectordinal {n} lacks few, many, one (az needs few, many, one, other)'])
    const enOrdinal = checkMessage({ locale: 'en', key: 'A.b', message: '{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}' })
    expect(enOrdinal).toEqual([])
    expect(checkMessage({ locale: 'az', key: 'A.b', message: '{n, plural, one {# dəq} other {# dəq}}' })).toEqual([])
  })

  it('reports empty values, blank ones included, and values that are not strings', () => {
    expect(kinds(checkMessage({ locale: 'ru', key: 'A.b', message: '' }))).toEqual(['empty ru A.b'])
    expect(kinds(checkMessage({ locale: 'ru', key: 'A.b', message: ' \n ' }))).toEqual(['empty ru A.b'])
    expect(kinds(checkCatalogs({ az: { A: { b: 'x' } }, en: { A: { b: 3 } } }, 'az'))).toEqual(['syntax en A.b'])
  })

  it('flattens and rebuilds nested catalogues', () => {
    const catalog = { A: { b: 'x', c: { d: 'y' } }, E: { f: 'z' } }
    expect(flattenCatalog(catalog)).toEqual({ 'A.b': 'x', 'A.c.d': 'y', 'E.f': 'z' })
    expect(unflattenCatalog({ 'A.b': 'x', 'A.c.d': 'y', 'E.f': 'z' })).toEqual(catalog)
  })
})
