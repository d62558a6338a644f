import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'
import { everyLocalePath } from '@/lib/seo/alternates'

import { SiteHeader } from './SiteHeader'

export function NotFoundContent() {
  const t = useTranslations('NotFoundPage')

  return (
    <>
      <SiteHeader alternates={everyLocalePath('/')} />
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
