import type { Payload } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { fold, words } from './fold'

/** A remembrance event, section or tag by every name it goes by: its name in each language and editors' aliases, folded. */
export type TopicNames = { key: string; names: string[] }

const SOURCES = [
  { collection: 'remembrance-events', prefix: 'event' },
  { collection: 'categories', prefix: 'section' },
  { collection: 'tags', prefix: 'tag' },
] as const

/** Shortest query matched as the beginning of a name ("Xocal" → "Xocalı soyqırımı"); shorter ones must match whole. */
const NAME_PREFIX_FROM = 3

/**
 * Every published event, section and tag with its names in all languages plus aliases. Small (hundreds), so
 * readers' pages keep it cached (lib/data/search.ts) and match each query against it in memory.
 */
export async function loadTopicNames(payload: Payload): Promise<TopicNames[]> {
  const lists = await Promise.all(
    SOURCES.map(async ({ collection, prefix }) => {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        overrideAccess: false,
        depth: 0,
        pagination: false,
        select: { name: true, aliases: true },
      })
      return docs.map((doc) => {
        const name = doc.name as unknown as Partial<Record<Locale, string | null>>
        const aliases = (doc.aliases ?? []) as string[]
        const names = [
          ...locales.map((locale) => (name?.[locale] ? fold(name[locale], locale) : '')),
          // Aliases belong to no language; after folding the casing rules of az, en and ru agree on every letter but one (Ё, folded anyway).
          ...aliases.map((alias) => fold(alias, defaultLocale)),
        ]
        return { key: `${prefix}${doc.id}`, names: [...new Set(names.map((n) => words(n).join(' ')).filter(Boolean))] }
      })
    }),
  )
  return lists.flat()
}

/**
 * The topic keys a query names: the whole query equals one of a topic's names or begins it ("xocal" and
 * "xocali" → "xocali soyqirimi"; "ходжалы" → the tag "Ходжалы" and the event's alias). Matching the whole
 * query, not any word of it, keeps "war crimes in Shusha" from pulling in every article tagged "war".
 */
export function matchTopics(topics: TopicNames[], queryWords: string[]): string[] {
  const query = queryWords.join(' ')
  if (!query) return []
  const matches = (name: string) => name === query || (query.length >= NAME_PREFIX_FROM && name.startsWith(query))
  return topics.filter(({ names }) => names.some(matches)).map(({ key }) => key)
}
