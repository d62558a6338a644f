import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import type { LiveEntryView } from '@/lib/live/entries'
import { readEntries } from '@/lib/live/read'

import { cachedUnder } from './cache'
import { TAGS } from './tags'

/**
 * A live article's entries in a language, as readers see them (lib/live/read.ts), for its page and its feed. Kept
 * under the article's own live tag: an entry saved every few seconds expires that page alone, not every list.
 */
export const getLiveEntries = cache((articleId: number, locale: Locale) =>
  unstable_cache(
    async (): Promise<LiveEntryView[]> => readEntries(await getPayloadClient(), articleId, locale),
    ['live:entries', String(articleId), locale],
    cachedUnder(TAGS.liveEntries(articleId)),
  )(),
)
