import type { Payload } from 'payload'

import type { SearchBackend } from './backend'
import { SEARCH_DOCUMENTS_SLUG } from './slug'
import { wordPrefixes } from './query'

/** The native collection behind Payload's model (@payloadcms/db-mongodb keeps one mongoose model per collection). */
type NativeCollection = {
  createIndex: (spec: Record<string, unknown>, options: Record<string, unknown>) => Promise<string>
  find: (filter: Record<string, unknown>, options: Record<string, unknown>) => { toArray: () => Promise<{ article: unknown }[]> }
  countDocuments: (filter: Record<string, unknown>) => Promise<number>
}

function searchCollection(payload: Payload): NativeCollection {
  const models = (payload.db as unknown as { collections: Record<string, { collection: NativeCollection }> }).collections
  return models[SEARCH_DOCUMENTS_SLUG].collection
}

/**
 * MongoDB: one text index per collection is allowed, so it covers every field, after the language as an equality
 * prefix (a query names its language, and reads only that language's entries). No stemming or stop words
 * (`default_language: 'none'`): the text is folded already, in three languages. Weights as SQLite's bm25.
 */
const TEXT_INDEX = {
  spec: { locale: 1, title: 'text', standfirst: 'text', body: 'text', topics: 'text', prefixes: 'text' },
  options: {
    name: 'search_text',
    default_language: 'none',
    weights: { title: 10, standfirst: 4, body: 1, topics: 4, prefixes: 1 },
  },
}

export const mongoBackend: SearchBackend = {
  async find(payload, { locale, words, topics, limit, offset }) {
    if (words.length === 0 && topics.length === 0) return { ids: [], total: 0, ranked: 0 }
    // Quoted words must all appear (as SQLite's AND); a word also matches its stored prefixes, so "xocal" finds
    // "xocalı". $text has no OR of groups: with topic keys, all terms become alternatives ranked by score.
    const search = topics.length === 0 ? words.map((word) => `"${word}"`).join(' ') : [...words, ...topics].join(' ')
    const filter = { locale, article: { $ne: null }, $text: { $search: search } }
    const collection = searchCollection(payload)
    const [rows, total] = await Promise.all([
      collection
        .find(filter, {
          projection: { article: 1, score: { $meta: 'textScore' } },
          sort: { score: { $meta: 'textScore' }, publishedAt: -1 },
          skip: offset,
          limit,
        })
        .toArray(),
      collection.countDocuments(filter),
    ])
    return { ids: rows.map((row) => String(row.article)), total, ranked: total }
  },
  extraFields: ({ title, standfirst, body }) => ({ prefixes: wordPrefixes(`${title} ${standfirst} ${body}`) }),
  async prepare(payload) {
    await searchCollection(payload).createIndex(TEXT_INDEX.spec, TEXT_INDEX.options)
    return true
  },
}
