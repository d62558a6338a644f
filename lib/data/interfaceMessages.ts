import 'server-only'

import { unstable_cache } from 'next/cache'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import { type Catalog, unflattenCatalog } from '@/lib/i18n/checkMessages'
import { defaultMessages } from '@/lib/i18n/defaultMessages'
import { applyOverrides, readOverrides, type Overrides } from '@/lib/i18n/effectiveMessages'

import { INTERFACE_STRINGS_LIFETIME_SECONDS } from './cache'
import { TAGS } from './tags'

/**
 * Translators' overrides of one language, cached under TAGS.uiStrings, which saving or deleting an
 * override expires at once (collections/UiStrings). The read itself (lib/i18n/effectiveMessages.ts) is
 * shared with the i18n export/import scripts, which run outside Next's server.
 */
const cachedOverrides = unstable_cache(
  async (locale: Locale): Promise<Overrides> => readOverrides(await getPayloadClient(), locale),
  ['ui-strings:overrides'],
  { tags: [TAGS.uiStrings], revalidate: INTERFACE_STRINGS_LIFETIME_SECONDS },
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
