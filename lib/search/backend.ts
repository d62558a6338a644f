import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { mongoBackend } from './mongo'
import { sqliteBackend } from './sqlite'

/** One page of a search: folded query words, the topic keys they named, and where the page starts. */
export type SearchRequest = { locale: Locale; words: string[]; topics: string[]; limit: number; offset: number }
/** Article ids, best match first; how many documents match in all, and how many of them can be paged through. */
export type SearchHits = { ids: (number | string)[]; total: number; ranked: number }

/** What differs between the databases; everything else in lib/search/ is shared. */
export type SearchBackend = {
  find: (payload: Payload, request: SearchRequest) => Promise<SearchHits>
  /** Fields a document needs besides the shared ones (MongoDB: word prefixes). */
  extraFields: (folded: { title: string; standfirst: string; body: string }) => Record<string, string>
  /** Anything the index needs once at start-up (MongoDB: the text index); false when the database has no index yet. */
  prepare: (payload: Payload) => Promise<boolean>
}

export function searchBackend(payload: Payload): SearchBackend {
  return payload.db.name === 'mongoose' ? mongoBackend : sqliteBackend
}
