import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/cms/revalidate'
import { TAGS } from '@/lib/data/tags'
import { nudgeLiveReaders } from '@/lib/live/hub'

const articleIdOf = (value: unknown): number | string | null =>
  typeof value === 'number' || typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? articleIdOf(value.id) : null

/** The live page renders afresh on its next load, and the pages open on it in this process hear of the change now. */
function announce(articles: unknown[], context: Parameters<CollectionAfterDeleteHook>[0]['context'], req: Parameters<CollectionAfterDeleteHook>[0]['req']) {
  const ids = [...new Set(articles.map(articleIdOf).filter((id): id is number | string => id !== null))]
  if (ids.length === 0) return
  revalidateTags(ids.map(TAGS.liveEntries), context, req.payload)
  for (const id of ids) nudgeLiveReaders(id)
}

/** Any save: a draft save changes nothing readers see, but an entry unpublished or moved leaves its old page too. */
export const announceEntryChange: CollectionAfterChangeHook = ({ doc, previousDoc, context, req }) => {
  announce([doc.article, previousDoc?.article], context, req)
  return doc
}

export const announceEntryRemoval: CollectionAfterDeleteHook = ({ doc, context, req }) => {
  announce([doc.article], context, req)
  return doc
}
