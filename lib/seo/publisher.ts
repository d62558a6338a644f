import type { Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { siteNameIn } from '@/lib/siteName'
import { siteOrigin } from '@/lib/siteUrl'

import type { Publisher } from './structuredData'

/** The newsroom as publisher in structured data: its name in this language and its wordmark logo. */
export async function getPublisher(locale: Locale): Promise<Publisher & { origin: string }> {
  const [origin, name] = await Promise.all([siteOrigin(), siteNameIn(locale)])
  return { origin, name, url: absoluteUrl(origin, locale, '/'), logoUrl: absoluteUrl(origin, locale, '/logo.png') }
}
