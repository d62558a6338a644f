import { describe, expect, it } from '@jest/globals'

import { fold, words } from '@/lib/search/fold'
import { ftsExpression, MAX_WORDS, queryWords, wordPrefixes } from '@/lib/search/query'
import { matchTopics } from '@/lib/search/topics'

describe('search folding', () => {
  it('lower-cases Azerbaijani by its own rules: İ is i, I is ı, and both meet readers typing i', () => {
    expect(fold('İLHAM', 'az')).toBe('ilham')
    expect(fold('QIZ', 'az')).toBe('qiz')
    expect(fold('qız', 'az')).toBe('qiz')
    // An I typed for İ on a foreign keyboard still finds İlham.
    expect(fold('Ilham', 'az')).toBe(fold('İlham', 'az'))
    // Under English or Russian rules İ would become i plus a combining dot: the dot goes.
    expect(fold('İlham', 'en')).toBe('ilham')
    expect(fold('İlham', 'ru')).toBe('ilham')
  })

  it('folds the Azerbaijani letters to what a reader without them types', () => {
    expect(fold('Xocalı', 'az')).toBe('xocali')
    expect(fold('Şəki, Gəncə, Çağırış, Göygöl, Üzüm', 'az')).toBe('seki, gence, cagiris, goygol, uzum')
    expect(fold('ƏLİYEV', 'az')).toBe('eliyev')
  })

  it('folds Ё to е but keeps й', () => {
    expect(fold('ЁЛКА', 'ru')).toBe('елка')
    expect(fold('Объявлены ещё', 'ru')).toBe('объявлены еще')
    expect(fold('Йошкар-Ола, край', 'ru')).toBe('йошкар-ола, край')
    expect(fold('край', 'ru')).not.toBe(fold('краи', 'ru'))
    // Decomposed input (и + breve) is composed, not stripped.
    expect(fold('и\u0306', 'ru')).toBe('й')
  })

  it('drops marks of other Latin letters (é, ñ) and splits words on anything but letters and digits', () => {
    expect(fold('Café Niño', 'en')).toBe('cafe nino')
    expect(words(fold('Nyu-Meksiko: 613 «dinc» sakin', 'az'))).toEqual(['nyu', 'meksiko', '613', 'dinc', 'sakin'])
  })
})

describe('search query', () => {
  it('takes distinct folded words, at most MAX_WORDS', () => {
    expect(queryWords('  Xocalı XOCALI soyqırımı ', 'az')).toEqual(['xocali', 'soyqirimi'])
    expect(queryWords(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '), 'en')).toHaveLength(MAX_WORDS)
    expect(queryWords('"*:^() -- ', 'en')).toEqual([])
  })

  it('quotes every word, so FTS5 operators typed by a reader are only words', () => {
    const hostile = 'NEAR(a b) title:x* OR "unclosed ^start'
    const expression = ftsExpression(queryWords(hostile, 'en'), [])
    expect(expression).toBe(
      '{title standfirst body} : ("near"* AND "a" AND "b" AND "title"* AND "x" AND "or"* AND "unclosed"* AND "start"*)',
    )
  })

  it('adds topic keys as alternatives, and nothing at all for no words and no topics', () => {
    expect(ftsExpression(['ходжалы'], ['event4', 'tag1'])).toBe('{title standfirst body} : ("ходжалы"*) OR topics : ("event4" OR "tag1")')
    expect(ftsExpression([], [])).toBeNull()
  })

  it('stores the beginnings of words for MongoDB, by letters not UTF-16 units', () => {
    expect(wordPrefixes('xocali xocali gun').split(' ')).toEqual(['xo', 'xoc', 'xoca', 'xocal', 'gu'])
    expect(wordPrefixes('шуша')).toBe('шу шуш')
  })
})

describe('topics named by a query', () => {
  const topics = [
    { key: 'event1', names: ['xocali soyqirimi', 'khojaly genocide', 'ходжалинский геноцид', 'ходжалы', 'hocali'] },
    { key: 'tag2', names: ['xocali', 'khojaly', 'ходжалы'] },
    { key: 'tag3', names: ['muharibe', 'war', 'воина'] },
  ]

  it('matches a whole name or its beginning, in any language', () => {
    expect(matchTopics(topics, ['ходжалы'])).toEqual(['event1', 'tag2'])
    expect(matchTopics(topics, ['xocal'])).toEqual(['event1', 'tag2'])
    expect(matchTopics(topics, ['khojaly', 'genocide'])).toEqual(['event1'])
  })

  it('does not match a name one word of a longer query happens to be', () => {
    expect(matchTopics(topics, ['war', 'crimes'])).toEqual([])
    expect(matchTopics(topics, ['xo'])).toEqual([])
  })
})
