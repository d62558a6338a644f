import type { Locale } from '@/i18n/locales'

/** Views of one article in one language since the last hand-over. */
export type ViewCount = { locale: Locale; slug: string; count: number }

/**
 * Distinct (language, slug) pairs kept between two hand-overs. Only answered articles are counted (never a
 * 404), so this is reached only by a site with this many articles read within one flush interval; views of
 * further articles are then dropped until the next hand-over rather than let memory grow.
 */
export const MAX_PENDING_ARTICLES = 10_000

/**
 * The views counted since the last hand-over, in memory: a number per (language, slug) and nothing else, no
 * address, cookie or user agent, nothing per reader. The server counts (server/views.ts); every
 * VIEWS_FLUSH_SECONDS it hands the counts to the app (server/viewFlush.ts) and, at shutdown, the app records
 * what is left itself (instrumentation.ts). Server and app are separate bundles in one process, so the one
 * store is kept under a global symbol.
 */
export class PendingViews {
  private counts = new Map<string, ViewCount>()

  add(locale: Locale, slug: string, count = 1): void {
    const key = `${locale}/${slug}`
    const pending = this.counts.get(key)
    if (pending) pending.count += count
    else if (this.counts.size < MAX_PENDING_ARTICLES) this.counts.set(key, { locale, slug, count })
  }

  get size(): number {
    return this.counts.size
  }

  /** Everything counted so far, leaving the store empty. */
  take(): ViewCount[] {
    const taken = [...this.counts.values()]
    this.counts = new Map()
    return taken
  }

  /** Counts a failed hand-over could not deliver, for the next one. */
  putBack(views: readonly ViewCount[]): void {
    for (const { locale, slug, count } of views) this.add(locale, slug, count)
  }
}

const STORE = Symbol.for('portal.pendingViews')

export function pendingViews(): PendingViews {
  const store = globalThis as Record<symbol, unknown>
  store[STORE] ??= new PendingViews()
  return store[STORE] as PendingViews
}
