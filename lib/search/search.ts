import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { searchBackend, type SearchHits } from './backend'
import { queryWords } from './query'
import { matchTopics, type TopicNames } from './topics'

/**
 * A reader's search in one language: ranked article ids of one page and the total. The query's words match the
 * articles' text (title over standfirst over body, each word also as a beginning); the whole query also matches the
 * names and aliases of events, sections and tags in every language, whose articles count as matches too.
 */
export async function search(
  payload: Payload,
  { locale, query, page, pageSize, topics }: { locale: Locale; query: string; page: number; pageSize: number; topics: TopicNames[] },
): Promise<SearchHits> {
  const words = queryWords(query, locale)
  if (words.length === 0) return { ids: [], total: 0, ranked: 0 }
  return searchBackend(payload).find(payload, { locale, words, topics: matchTopics(topics, words), limit: pageSize, offset: (page - 1) * pageSize })
}
