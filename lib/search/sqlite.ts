import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { SearchBackend } from './backend'
import { ftsExpression } from './query'

type Drizzle = { all: <T>(query: ReturnType<typeof sql>) => Promise<T[]> }

/**
 * bm25 weights of the FTS5 columns (locale, title, standfirst, body, topics): a word in the title counts ten
 * times one in the body, in the standfirst four times; a topic named by the query (its event, section or tag)
 * counts like a standfirst word. The language column only filters.
 */
const RANK = sql`bm25(search_fts, 0.0, 10.0, 4.0, 1.0, 4.0)`

/** SQLite: the FTS5 table `search_fts` over `search_documents` (see the migration that creates it). */
export const sqliteBackend: SearchBackend = {
  async find(payload, { locale, words, topics, limit, offset }) {
    const match = ftsExpression(locale, words, topics)
    if (!match) return { ids: [], total: 0 }
    const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
    const [rows, counted] = await Promise.all([
      db.all<{ article: number }>(sql`
        SELECT d.article_id AS article FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
        WHERE search_fts MATCH ${match} AND d.article_id IS NOT NULL
        ORDER BY ${RANK}, d.published_at DESC LIMIT ${limit} OFFSET ${offset}`),
      db.all<{ total: number }>(sql`SELECT count(*) AS total FROM search_fts WHERE search_fts MATCH ${match}`),
    ])
    return { ids: rows.map((row) => row.article), total: Number(counted[0]?.total ?? 0) }
  },
  extraFields: () => ({}),
  prepare: async () => {},
}
