import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/cms/revalidate'
import { TAGS } from '@/lib/data/tags'
import { nudgeLiveReaders } from '@/lib/live/hub'
import type { Article } from '@/payload-types'

/**
 * Published, unpublished or changed while live: the article's own pages (every locale) and every
 * list that may show it are expired. Draft saves of an unpublished article change nothing public.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = ({ doc, previousDoc, context, req }) => {
  const isLive = doc._status === 'published'
  const wasLive = previousDoc?._status === 'published'
  if (isLive || wasLive) revalidateTags([TAGS.articles, TAGS.article(doc.id)], context, req.payload)
  // Readers holding a live article open see its state change (live, ended) without a reload.
  if (isLive || wasLive) nudgeLiveReaders(doc.id)
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = ({ doc, context, req }) => {
  revalidateTags([TAGS.articles, TAGS.article(doc.id)], context, req.payload)
  nudgeLiveReaders(doc.id)
  return doc
}
