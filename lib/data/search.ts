import 'server-only'

import { unstable_cache } from 'next/cache'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { PAGE_SIZE } from '@/lib/pagination'
import { search } from '@/lib/search/search'
import { loadTopicNames } from '@/lib/search/topics'

import { SUMMARY_QUERY, type ArticleSummary } from './articles'
import { cachedUnder } from './cache'
import type { ArticlePage } from './listings'
import { publishedInLanguage } from './published'
import { TAGS } from './tags'

export { QUERY_MAX_LENGTH } from '@/lib/search/query'

/** Names and aliases of events, sections and tags: changed by the same saves that expire these tags. */
const cachedTopicNames = unstable_cache(async () => loadTopicNames(await getPayloadClient()), ['search:topic-names'], cachedUnder(TAGS.articles, TAGS.remembranceEvents))

/**
 * One page of a reader's search, best match first (lib/search/). The ranked ids are read back as the public reads
 * articles (published, in this language), in rank order. Not cached: queries are the readers' own words.
 */
export async function searchArticles(locale: Locale, query: string, page: number): Promise<ArticlePage | null> {
  const payload = await getPayloadClient()
  const hits = await search(payload, { locale, query, page, pageSize: PAGE_SIZE, topics: await cachedTopicNames() })
  if (hits.total === 0) return { docs: [], page, totalPages: 0, totalDocs: 0 }
  const { docs } =
    hits.ids.length === 0
      ? { docs: [] as ArticleSummary[] }
      : await payload.find({
          collection: 'articles',
          locale,
          overrideAccess: false,
          pagination: false,
          where: publishedInLanguage({ id: { in: hits.ids } }),
          ...SUMMARY_QUERY,
        })
  const rank = new Map(hits.ids.map((id, index) => [String(id), index]))
  const ordered = [...docs].sort((a, b) => (rank.get(String(a.id)) ?? 0) - (rank.get(String(b.id)) ?? 0))
  // Every match is counted; pages are offered as far as matches are ranked (lib/search/sqlite.ts RANKED_MATCHES).
  return { docs: ordered, page, totalPages: Math.ceil(hits.ranked / PAGE_SIZE), totalDocs: hits.total }
}
