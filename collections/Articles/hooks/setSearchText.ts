import type { CollectionBeforeChangeHook } from 'payload'

import { plainText } from '@/lib/readingTime'

/**
 * What reader search looks in: the title, standfirst and body text of the locale being saved, in
 * lower case. Kept as plain text so the same `like` query works on SQLite and MongoDB (the body
 * itself is JSON), and lower-cased here because SQLite's LIKE folds ASCII letters only (ə, Ş, Я).
 */
export const setSearchText: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const pick = (field: 'title' | 'standfirst' | 'body'): unknown => (field in data ? data[field] : originalDoc?.[field])
  const text = [pick('title'), pick('standfirst'), plainText(pick('body'))]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ')
  const locale = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : undefined
  return { ...data, searchText: text.toLocaleLowerCase(locale).replace(/\s+/g, ' ').trim() }
}
