import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getSiteIdentity } from '@/lib/data/site'

/** The site's name in this language: from site settings, or the interface's default name. */
export async function siteNameIn(locale: Locale): Promise<string> {
  const [identity, t] = await Promise.all([getSiteIdentity(locale), getTranslations({ locale, namespace: 'Metadata' })])
  return identity.siteName || t('siteName')
}
