import type { Locale } from '@/i18n/locales'

import { fold, words } from './fold'

/** Longest query taken; the rest is ignored rather than sent to the database. */
export const QUERY_MAX_LENGTH = 100
/** At most this many words are matched (each must appear). */
export const MAX_WORDS = 8
/** Words this long or longer also match as the beginning of a longer word ("xocal" finds "Xocalı"). */
export const PREFIX_FROM = 2

/** The distinct folded words of a reader's query. Only letters and digits survive: nothing a reader types is syntax. */
export function queryWords(query: string, locale: Locale): string[] {
  return [...new Set(words(fold(query.slice(0, QUERY_MAX_LENGTH), locale)))].slice(0, MAX_WORDS)
}

/** A quoted FTS5 string: inside double quotes everything is literal, a quote itself is doubled. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`
}

/**
 * The FTS5 MATCH expression (the migration's `search_fts_<locale>` tables): every word in the title, standfirst or
 * body, or any of the topic keys the query named (lib/search/topics.ts). Words are quoted, so NEAR, AND, `*`, `:` or
 * a stray quote in a query are words like any other, never operators.
 */
export function ftsExpression(queryWords: string[], topics: string[]): string | null {
  const alternatives: string[] = []
  if (queryWords.length > 0) {
    const phrases = queryWords.map((word) => ftsString(word) + (word.length >= PREFIX_FROM ? '*' : ''))
    alternatives.push(`{title standfirst body} : (${phrases.join(' AND ')})`)
  }
  if (topics.length > 0) alternatives.push(`topics : (${topics.map(ftsString).join(' OR ')})`)
  return alternatives.length === 0 ? null : alternatives.join(' OR ')
}

/** Every beginning (PREFIX_FROM letters up to one short of the word) of each distinct word: MongoDB's stand-in for prefix queries. */
export function wordPrefixes(folded: string): string {
  const prefixes = new Set<string>()
  for (const word of new Set(words(folded))) {
    // Code points, not UTF-16 units: a word never ends in half a letter.
    const letters = [...word]
    for (let end = PREFIX_FROM; end < letters.length; end++) prefixes.add(letters.slice(0, end).join(''))
  }
  return [...prefixes].join(' ')
}
