import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import type { Media, SiteSetting, SocialLink } from '@/payload-types'

import { cachedUnder } from './cache'
import { TAGS } from './tags'

/** Site-wide content from the CMS, read as the public (overrideAccess: false) and cached by tag. */

/** An uploaded logo as pages draw it; null when site settings name none (pages then show lib/brand.ts defaultLogo). */
export type SiteLogo = { url: string; width: number; height: number; alt: string }

export type SiteIdentity = Pick<SiteSetting, 'siteName' | 'tagline' | 'newsLineSize'> & { reviewsEnabled: boolean; logo: SiteLogo | null }
export type SocialLinkItem = Pick<SocialLink, 'id' | 'platform' | 'url' | 'label'>

export const getSiteIdentity = cache((locale: Locale) => cachedIdentity(locale))

const cachedIdentity = unstable_cache(
  async (locale: Locale): Promise<SiteIdentity> => {
    const payload = await getPayloadClient()
    const { siteName, tagline, newsLineSize, reviews, logo } = await payload.findGlobal({
      slug: 'site-settings',
      locale,
      overrideAccess: false,
      depth: 1,
      select: { siteName: true, tagline: true, newsLineSize: true, reviews: { enabled: true }, logo: true },
    })
    return { siteName, tagline, newsLineSize, reviewsEnabled: reviews?.enabled !== false, logo: siteLogo(logo) }
  },
  ['site-settings:identity'],
  cachedUnder(TAGS.siteSettings),
)

/** The populated logo, or null when there is none or it cannot be drawn (no file, no size). */
function siteLogo(logo: SiteSetting['logo']): SiteLogo | null {
  if (!logo || typeof logo !== 'object') return null
  const { url, width, height, alt }: Media = logo
  return url && width && height ? { url, width, height, alt } : null
}

export const getSocialLinks = cache((locale: Locale) => cachedSocialLinks(locale))

const cachedSocialLinks = unstable_cache(
  async (locale: Locale): Promise<SocialLinkItem[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'social-links',
      locale,
      overrideAccess: false, // the public sees enabled links only
      depth: 0,
      limit: 20,
      sort: 'order',
      select: { platform: true, url: true, label: true },
    })
    return docs
  },
  ['social-links:list'],
  cachedUnder(TAGS.socialLinks),
)
