import { getLocale, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getSiteIdentity } from '@/lib/data/site'

import { LocaleSwitcher } from './LocaleSwitcher'

type Props = {
  alternates: Record<Locale, string>
}

export async function SiteHeader({ alternates }: Props) {
  const locale = (await getLocale()) as Locale
  const [t, identity] = await Promise.all([getTranslations(), getSiteIdentity(locale)])

  return (
    <header className="site-header">
      <div>
        <Link href="/" className="site-name" aria-label={t('Layout.homeLink')}>
          {identity.siteName || t('Metadata.siteName')}
        </Link>
        <p className="tagline">{identity.tagline || t('Layout.tagline')}</p>
      </div>
      <LocaleSwitcher alternates={alternates} />
      <nav aria-label={t('Navigation.label')} className="site-nav">
        <ul>
          <li>
            <Link href="/">{t('Navigation.home')}</Link>
          </li>
          <li>
            <Link href="/remembrance">{t('Navigation.remembrance')}</Link>
          </li>
          <li>
            <Link href="/search">{t('Navigation.search')}</Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
