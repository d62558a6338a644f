import type { GlobalAfterChangeHook } from 'payload'

type Banner = { expiresAt?: string | null }

/**
 * Cached pages keep a banner until something expires them: a job queued for the moment the banner expires
 * does that (collections/BreakingNews/expireBannerTask.ts), so it clears on time without an edit or a deploy.
 */
export const scheduleBannerExpiry: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const { expiresAt } = doc as Banner
  if (!expiresAt || expiresAt === (previousDoc as Banner | undefined)?.expiresAt) return doc
  if (new Date(expiresAt).getTime() <= Date.now()) return doc
  await req.payload.jobs.queue({ task: 'expireBreakingNews', input: { locale: req.locale ?? null }, waitUntil: new Date(expiresAt), req })
  return doc
}
