import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { shareCardResponse } from '@/lib/shareCard'
import { getSiteIdentity } from '@/lib/site'
import { siteNameIn } from '@/lib/siteName'

export const dynamic = 'force-dynamic'

/** /{locale}/og.png: the share card of pages without a headline of their own (home, sections, tags). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const [siteName, identity, t] = await Promise.all([siteNameIn(locale), getSiteIdentity(locale), getTranslations({ locale, namespace: 'Layout' })])
  return shareCardResponse(siteName, identity.tagline || t('tagline'))
}
