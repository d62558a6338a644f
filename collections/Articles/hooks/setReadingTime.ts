import type { CollectionBeforeChangeHook } from 'payload'

import { readingTimeMinutes } from '@/lib/readingTime'

/** Reading time is derived from the body of the locale being saved, never typed in. */
export const setReadingTime: CollectionBeforeChangeHook = ({ data }) => {
  if (!('body' in data)) return data
  return { ...data, readingTime: readingTimeMinutes(data.body) }
}
