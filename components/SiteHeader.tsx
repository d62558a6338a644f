import { useTranslations } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'

import { LocaleSwitcher } from './LocaleSwitcher'

type Props = {
  alternates: Record<Locale, string>
}

export function SiteHeader({ alternates }: Props) {
  const t = useTranslations()

  return (
    <header className="site-header">
      <div>
        <Link href="/" className="site-name" aria-label={t('Layout.homeLink')}>
          {t('Metadata.siteName')}
        </Link>
        <p className="tagline">{t('Layout.tagline')}</p>
      </div>
      <LocaleSwitcher alternates={alternates} />
    </header>
  )
}
