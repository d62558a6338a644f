import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { indexArticle, removeArticle } from '@/lib/search/documents'
import type { Article } from '@/payload-types'

/** Bulk writers that rebuild the index once at the end (`reindexAll`) pass this in `context` to skip it per save. */
export const DISABLE_SEARCH_INDEX = 'disableSearchIndex'

/** Every save (published, unpublished, a draft over a published article) brings the search index in step, in the same transaction. */
export const indexForSearch: CollectionAfterChangeHook<Article> = async ({ doc, context, req }) => {
  if (!context[DISABLE_SEARCH_INDEX]) await indexArticle(req.payload, doc.id, req)
  return doc
}

export const removeFromSearch: CollectionAfterDeleteHook<Article> = async ({ doc, context, req }) => {
  if (!context[DISABLE_SEARCH_INDEX]) await removeArticle(req.payload, doc.id, req)
  return doc
}
