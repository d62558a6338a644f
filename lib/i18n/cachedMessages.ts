import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { TAGS } from '@/lib/cacheTags'
import { getPayloadClient } from '@/lib/payload'

import { type Catalog, unflattenCatalog } from './checkMessages'
import { defaultMessages } from './defaultMessages'
import { applyOverrides, readOverrides, type Overrides } from './effectiveMessages'

/**
 * Saving or deleting an override expires TAGS.uiStrings at once (collections/UiStrings). The time limit
 * only matters for `npm run i18n:import`, which runs outside the server and cannot expire its cache.
 */
const MAX_AGE_SECONDS = 60

const cachedOverrides = unstable_cache(
  async (locale: Locale): Promise<Overrides> => readOverrides(await getPayloadClient(), locale),
  ['ui-strings:overrides'],
  { tags: [TAGS.uiStrings], revalidate: MAX_AGE_SECONDS },
)

/** The interface messages readers get: messages/{locale}.json with the admin's overrides on top. */
export async function getInterfaceMessages(locale: Locale): Promise<Catalog> {
  try {
    return unflattenCatalog(applyOverrides(locale, await cachedOverrides(locale)))
  } catch (error) {
    // The site stays readable with the reviewed defaults if the overrides cannot be read.
    console.error(`Interface-string overrides unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return unflattenCatalog(defaultMessages[locale])
  }
}
