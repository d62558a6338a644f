import { useLocale, useTranslations } from 'next-intl'

import { locales, type Locale } from '@/i18n/locales'

type Props = {
  /** Where this page lives in each language (the translated page, or that language's home). */
  alternates: Record<Locale, string>
}

/** Plain links, so switching language works without JavaScript and loads the whole page in it. */
export function LocaleSwitcher({ alternates }: Props) {
  const t = useTranslations('LocaleSwitcher')
  const current = useLocale()

  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={alternates[locale]}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {t('locale', { locale })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
