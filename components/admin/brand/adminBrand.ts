import type { I18nClient } from '@payloadcms/translations'

import { adminT } from '@/i18n/admin'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { logoToDraw } from '@/lib/brand'
import { getSiteIdentity } from '@/lib/data/site'

export type AdminBrand = { name: string; logo: { src: string; width: number; height: number } }

/**
 * The logo and name the admin shows, in the staff member's admin language: site settings' (the same cached,
 * public read as the site's pages), else the newsroom's default logo and the admin's own default name.
 */
export async function adminBrand(i18n: I18nClient): Promise<AdminBrand> {
  const identity = await getSiteIdentity(isLocale(i18n.language) ? i18n.language : defaultLocale)
  const logo = logoToDraw(identity.logo)
  return { name: identity.siteName || adminT(i18n)('custom:brand.siteName'), logo }
}
