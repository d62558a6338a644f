'use client'

import { useLocale, useTranslations } from 'next-intl'

import { getPathname } from '@/i18n/navigation'

type Props = {
  error: Error & { digest?: string }
  reset: () => void
}

/** Shown when a page fails on our side (the database is down, say). Never shows the error itself. */
export default function ErrorPage({ reset }: Props) {
  const t = useTranslations('ErrorPage')
  const locale = useLocale()

  return (
    <main id="main">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <button type="button" onClick={reset}>
          {t('retry')}
        </button>
      </p>
      <p>
        <a href={getPathname({ locale, href: '/' })}>{t('home')}</a>
      </p>
    </main>
  )
}
