import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from '@/cms/getPayloadClient'
import type { Locale } from '@/i18n/locales'
import type { SiteSetting, SocialLink } from '@/payload-types'

import { cachedUnder } from './cache'
import { TAGS } from './tags'

/** Site-wide content from the CMS, read as the public (overrideAccess: false) and cached by tag. */

export type SiteIdentity = Pick<SiteSetting, 'siteName' | 'tagline' | 'newsLineSize'> & { reviewsEnabled: boolean }
export type SocialLinkItem = Pick<SocialLink, 'id' | 'platform' | 'url' | 'label'>

export const getSiteIdentity = cache((locale: Locale) => cachedIdentity(locale))

const cachedIdentity = unstable_cache(
  async (locale: Locale): Promise<SiteIdentity> => {
    const payload = await getPayloadClient()
    const { siteName, tagline, newsLineSize, reviews } = await payload.findGlobal({
      slug: 'site-settings',
      locale,
      overrideAccess: false,
      depth: 0,
      select: { siteName: true, tagline: true, newsLineSize: true, reviews: { enabled: true } },
    })
    return { siteName, tagline, newsLineSize, reviewsEnabled: reviews?.enabled !== false }
  },
  ['site-settings:identity'],
  cachedUnder(TAGS.siteSettings),
)

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
