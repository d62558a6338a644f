import { revalidateTag } from 'next/cache'
import type { Payload, RequestContext } from 'payload'

/**
 * Expires cached reader data for these tags at once, so the next reader gets fresh content
 * without a rebuild. Seeds and bulk jobs pass `context.disableRevalidate`; tests may pass
 * `context.onRevalidate` to observe what would be expired.
 */
export function revalidateTags(tags: string[], context: RequestContext, payload: Payload): void {
  if (context.disableRevalidate) return
  if (typeof context.onRevalidate === 'function') {
    context.onRevalidate(tags)
    return
  }
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      // Outside a Next.js request (a script run with the Local API) there is no cache to expire.
      payload.logger.warn(`Could not revalidate "${tag}": ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
