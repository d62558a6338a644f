import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'

import type { SearchBackend } from './backend'
import { ftsExpression } from './query'

type Drizzle = { all: <T>(query: ReturnType<typeof sql>) => Promise<T[]> }

const drizzle = (payload: Payload) => (payload.db as unknown as { drizzle: Drizzle }).drizzle

/**
 * How many matches are ranked: the most recently indexed ones. bm25 reads every ranked match's word positions, which
 * for a word in most articles of a language (100,000 of them) takes a third of a second; the newest thousand matches
 * take milliseconds, and for news the best of the newest thousand is what a reader wants. Queries with fewer matches
 * (most) are ranked whole. Pages beyond this window are not offered.
 */
export const RANKED_MATCHES = 1000

/** Each language's FTS5 table (created by the search_documents migration); a name only ever made from a known locale. */
function ftsTable(locale: Locale) {
  if (!isLocale(locale)) throw new Error(`Not a locale: ${String(locale)}`)
  return sql.raw(`search_fts_${locale}`)
}

/**
 * bm25 weights of the columns (title, standfirst, body, topics): a word in the title counts ten times one in the body,
 * in the standfirst four times; a topic the query names (its event, section or tag) counts like a standfirst word.
 */
const rank = (fts: ReturnType<typeof ftsTable>) => sql`bm25(${fts}, 10.0, 4.0, 1.0, 4.0)`

/** SQLite: per-language FTS5 tables over `search_documents`. */
export const sqliteBackend: SearchBackend = {
  async find(payload, { locale, words, topics, limit, offset }) {
    const match = ftsExpression(words, topics)
    if (!match || offset >= RANKED_MATCHES) return { ids: [], total: 0, ranked: 0 }
    const fts = ftsTable(locale)
    const db = drizzle(payload)
    const [rows, counted] = await Promise.all([
      db.all<{ article: number }>(sql`
        SELECT d.article_id AS article
        FROM (SELECT rowid AS id, ${rank(fts)} AS score FROM ${fts} WHERE ${fts} MATCH ${match} ORDER BY rowid DESC LIMIT ${RANKED_MATCHES}) AS hit
        JOIN search_documents AS d ON d.id = hit.id
        WHERE d.article_id IS NOT NULL
        ORDER BY hit.score, hit.id DESC LIMIT ${limit} OFFSET ${offset}`),
      db.all<{ total: number }>(sql`SELECT count(*) AS total FROM ${fts} WHERE ${fts} MATCH ${match}`),
    ])
    const total = Number(counted[0]?.total ?? 0)
    return { ids: rows.map((row) => row.article), total, ranked: Math.min(total, RANKED_MATCHES) }
  },
  extraFields: () => ({}),
  // The FTS tables come from a migration: a database started before migrating (the tests migrate after start-up) has none.
  async prepare(payload) {
    const found = await drizzle(payload).all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_fts_%'`)
    return found.length > 0
  },
}
