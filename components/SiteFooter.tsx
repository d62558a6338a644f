import { getLocale, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { getSiteIdentity, getSocialLinks } from '@/lib/data/site'

import { SocialLinks } from './SocialLinks'

export async function SiteFooter() {
  const locale = (await getLocale()) as Locale
  const [t, identity, links] = await Promise.all([getTranslations(), getSiteIdentity(locale), getSocialLinks(locale)])
  const siteName = identity.siteName || t('Metadata.siteName')

  return (
    <footer className="site-footer">
      <div className="wrap">
        <SocialLinks links={links} />
        <nav className="footer-nav" aria-label={t('Layout.footerNavigation')}>
          <ul>
            <li>
              {/* Plain links: the footer sits outside the layout's NextIntlClientProvider, which next-intl's Link needs. */}
              <a href={getPathname({ locale, href: '/corrections' })}>{t('Layout.corrections')}</a>
            </li>
          </ul>
        </nav>
        <p className="footer-name">
          <strong>{siteName}</strong> · {identity.tagline || t('Layout.tagline')}
        </p>
        <p>{t('Layout.footerRights', { year: new Date().getFullYear(), siteName })}</p>
      </div>
    </footer>
  )
}
