import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { SITE_READ_CONTEXT } from '@/access/contentStaffOrTheSite'
import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'

import { cachedUnder } from './cache'
import { TAGS } from './tags'

export type BreakingNewsBanner = { text: string; link: string | null; expiresAt: string | null }

/** The banner of this language as stored (no fallback to Azerbaijani), or null when it has no text. */
const cachedBanner = unstable_cache(
  async (locale: Locale): Promise<BreakingNewsBanner | null> => {
    const payload = await getPayloadClient()
    const { text, link, expiresAt } = await payload.findGlobal({
      slug: 'breaking-news',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      context: { [SITE_READ_CONTEXT]: true },
      depth: 0,
      select: { text: true, link: true, expiresAt: true },
    })
    return text?.trim() ? { text: text.trim(), link: link || null, expiresAt: expiresAt ?? null } : null
  },
  ['breaking-news'],
  cachedUnder(TAGS.breakingNews),
)

/** Whether a banner is to be shown at this moment: it has not expired. */
export const isCurrent = (banner: BreakingNewsBanner, now = Date.now()): boolean => !banner.expiresAt || new Date(banner.expiresAt).getTime() > now

/**
 * The banner the page shows, decided when the page is rendered: an expired one is left out even before the
 * job queued for its expiry has expired the cached pages (collections/BreakingNews/expireBannerTask.ts).
 */
export const getBreakingNews = cache(async (locale: Locale): Promise<BreakingNewsBanner | null> => {
  const banner = await cachedBanner(locale)
  return banner && isCurrent(banner) ? banner : null
})
