import 'server-only'

/**
 * How long a cached read lives. Entries are expired at once by tag (lib/data/tags.ts) when staff change
 * content; this only refreshes them in case an expiry was ever missed.
 */
export const CACHE_LIFETIME_SECONDS = 300

/** unstable_cache's options for a read kept under these tags, with the one lifetime. */
/**
 * The interface strings' overrides are expired by tag too (collections/UiStrings); this shorter limit
 * only matters for `npm run i18n:import`, which runs outside the server and cannot expire its cache.
 */
export const INTERFACE_STRINGS_LIFETIME_SECONDS = 60

export function cachedUnder(...tags: string[]): { tags: string[]; revalidate: number } {
  return { tags, revalidate: CACHE_LIFETIME_SECONDS }
}
