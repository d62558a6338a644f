import 'server-only'

import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'

import { findArticles } from './listings'

/** Longest query taken; the rest is ignored rather than sent to the database. */
export const QUERY_MAX_LENGTH = 100
/** At most this many words are matched (each must appear). */
const MAX_WORDS = 8

/**
 * The words of a reader's query, lower-cased like the stored search text. Characters with a meaning
 * in SQL LIKE patterns or regular expressions (% _ \ and the like) are dropped, so a query can only
 * ever match literal text; values travel as bound parameters in any case.
 */
export function searchWords(query: string, locale: Locale): string[] {
  return query
    .slice(0, QUERY_MAX_LENGTH)
    .toLocaleLowerCase(locale)
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.replace(/['-]/g, '').length > 0)
    .slice(0, MAX_WORDS)
}

/** Published articles in this language whose title, standfirst or body contain every word. */
export async function searchArticles(locale: Locale, query: string, page: number) {
  const words = searchWords(query, locale)
  if (words.length === 0) return null
  const where: Where = { and: words.map((word) => ({ searchText: { contains: word } })) }
  // Not cached: queries are the readers' own words, an unbounded set.
  return findArticles(locale, where, page)
}
