import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'
import { homeAlternates } from '@/lib/data/articles'

import { SiteHeader } from './SiteHeader'

export function NotFoundContent() {
  const t = useTranslations('NotFoundPage')

  return (
    <>
      <SiteHeader alternates={homeAlternates()} />
      <main id="main">
        <h1>{t('title')}</h1>
        <p>{t('description')}</p>
        <p>
          <Link href="/">{t('backHome')}</Link>
        </p>
      </main>
    </>
  )
}
