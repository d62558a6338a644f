import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { mongoBackend } from './mongo'
import { sqliteBackend } from './sqlite'

/** One page of a search: folded query words, the topic keys they named, and where the page starts. */
export type SearchRequest = { locale: Locale; words: string[]; topics: string[]; limit: number; offset: number }
/** Article ids, best match first, and how many documents match in all. */
export type SearchHits = { ids: (number | string)[]; total: number }

/** What differs between the databases; everything else in lib/search/ is shared. */
export type SearchBackend = {
  find: (payload: Payload, request: SearchRequest) => Promise<SearchHits>
  /** Fields a document needs besides the shared ones (MongoDB: word prefixes). */
  extraFields: (folded: { title: string; standfirst: string; body: string }) => Record<string, string>
  /** Anything the index needs once at start-up (MongoDB: the text index). */
  prepare: (payload: Payload) => Promise<void>
}

export function searchBackend(payload: Payload): SearchBackend {
  return payload.db.name === 'mongoose' ? mongoBackend : sqliteBackend
}
