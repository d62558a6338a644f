import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getPathname, Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { calendarDateIn } from '@/lib/anniversary'
import { logoToDraw } from '@/lib/brand'
import { listCategories } from '@/lib/data/listings'
import { getSiteIdentity } from '@/lib/data/site'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

import { LocaleSwitcher } from './LocaleSwitcher'
import { MastheadDate } from './MastheadDate'

type Props = {
  alternates: Record<Locale, string>
}

/** The masthead: date and language, the logo and name, search, and the sections as primary navigation. */
export async function SiteHeader({ alternates }: Props) {
  const locale = (await getLocale()) as Locale
  const [t, format, identity, sections] = await Promise.all([getTranslations(), getFormatter(), getSiteIdentity(locale), listCategories(locale)])
  const siteName = identity.siteName || t('Metadata.siteName')
  // Noon of the newsroom's day, then a day either side: the three days a reader somewhere can be on.
  const { year, month, day } = calendarDateIn(new Date(), NEWSROOM_TIME_ZONE)
  const [today, ...nearby] = [0, -1, 1].map((offset) => {
    const noon = new Date(Date.UTC(year, month - 1, day + offset, 12))
    return { date: noon.toISOString().slice(0, 10), text: format.dateTime(noon, { dateStyle: 'full', timeZone: 'UTC' }) }
  })
  const logo = logoToDraw(identity.logo)

  return (
    <header className="site-header">
      <div className="wrap masthead-top">
        <MastheadDate today={today} nearby={nearby} />
        <LocaleSwitcher alternates={alternates} />
      </div>
      <div className="wrap masthead-brand">
        <div>
          <Link href="/" className="site-name">
            {/* The name beside it is the link's text (and its accessible name): the logo is decoration here. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- a small SVG, nothing to optimise */}
            <img src={logo.src} width={logo.width} height={logo.height} alt="" />
            <span className="site-name-text">{siteName}</span>
          </Link>
          <p className="tagline">{identity.tagline || t('Layout.tagline')}</p>
        </div>
        <form action={getPathname({ locale, href: '/search' })} method="get" role="search" className="masthead-search">
          <label htmlFor="masthead-q" className="visually-hidden">
            {t('SearchPage.label')}
          </label>
          <input id="masthead-q" name="q" type="search" />
          <button type="submit">{t('Navigation.search')}</button>
        </form>
      </div>
      <nav aria-label={t('Navigation.label')} className="site-nav">
        <ul className="wrap">
          <li>
            <Link href="/">{t('Navigation.home')}</Link>
          </li>
          {sections.map((section) =>
            section.slug ? (
              <li key={section.id}>
                <Link href={documentHref('categories', section.slug)}>{section.name}</Link>
              </li>
            ) : null,
          )}
          <li>
            <Link href="/remembrance">{t('Navigation.remembrance')}</Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
