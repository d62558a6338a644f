import { getLocale, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { listFooterPages } from '@/lib/data/pages'
import { getSiteIdentity, getSocialLinks } from '@/lib/data/site'

import { NewsletterSignup } from './newsletter/NewsletterSignup'
import { SocialLinks } from './SocialLinks'

export async function SiteFooter() {
  const locale = (await getLocale()) as Locale
  const [t, identity, links, pages] = await Promise.all([getTranslations(), getSiteIdentity(locale), getSocialLinks(locale), listFooterPages(locale)])
  const siteName = identity.siteName || t('Metadata.siteName')

  return (
    <footer className="site-footer">
      <div className="wrap">
        <NewsletterSignup />
        {/* The standing pages published in this language, then the corrections every language has. */}
        <nav aria-label={t('Layout.footerPages')} className="footer-pages">
          <ul>
            {pages.map((page) => (
              <li key={page.id}>
                <Link href={documentHref('pages', page.slug)}>{page.title}</Link>
              </li>
            ))}
            <li>
              <Link href="/corrections">{t('Layout.corrections')}</Link>
            </li>
          </ul>
        </nav>
        <SocialLinks links={links} />
        <p className="footer-name">
          <strong>{siteName}</strong> · {identity.tagline || t('Layout.tagline')}
        </p>
        <p>{t('Layout.footerRights', { year: new Date().getFullYear(), siteName })}</p>
      </div>
    </footer>
  )
}
