import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { getSiteIdentity } from '@/lib/data/site'
import { TAGS } from '@/lib/data/tags'
import { notFoundResponse } from '@/lib/notFoundResponse'
import { shareCard } from '@/lib/seo/shareCard'
import { siteNameIn } from '@/lib/siteName'

export const dynamic = 'force-dynamic'

/** /{locale}/og.png: the share card of pages without a headline of their own (home, sections, tags). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const [siteName, identity, t] = await Promise.all([siteNameIn(locale), getSiteIdentity(locale), getTranslations({ locale, namespace: 'Layout' })])
  // The tagline is the site settings' or else an interface string.
  return shareCard({ siteName, headline: identity.tagline || t('tagline'), subject: `site:${locale}`, tags: [TAGS.uiStrings] })
}
