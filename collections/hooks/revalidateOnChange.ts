import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { revalidateTags } from '@/cms/revalidate'

/**
 * Hooks that expire the given cache tags whenever a document of a collection (or a global) is
 * saved or deleted. Categories, tags, authors and media are shown inside articles, so their
 * collections expire the articles' tag too.
 */
export function revalidateOnChange(tags: string[]): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    afterChange: [({ doc, context, req }) => (revalidateTags(tags, context, req.payload), doc)],
    afterDelete: [({ doc, context, req }) => (revalidateTags(tags, context, req.payload), doc)],
  }
}

export function revalidateGlobalOnChange(tags: string[]): GlobalAfterChangeHook[] {
  return [({ doc, context, req }) => (revalidateTags(tags, context, req.payload), doc)]
}
