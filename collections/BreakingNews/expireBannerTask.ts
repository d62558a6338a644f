import type { TaskConfig } from 'payload'

import { revalidateTags } from '@/cms/revalidate'
import { TAGS } from '@/lib/data/tags'

/**
 * Queued for a banner's expiry (hooks/scheduleBannerExpiry.ts) and run by the server's job runner when it
 * comes: it expires the cached pages that show banners, so the next reader gets a page without it. Harmless
 * when the expiry was changed or the banner removed since: the pages are then merely rendered afresh.
 */
export const expireBreakingNewsTask: TaskConfig<{ input: { locale?: string | null }; output: object }> = {
  slug: 'expireBreakingNews',
  inputSchema: [{ name: 'locale', type: 'text' }],
  handler: async ({ req }) => {
    revalidateTags([TAGS.breakingNews], req.context, req.payload)
    return { output: {} }
  },
}
