import type { Metadata } from 'next'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type React from 'react'

import { BreakingNewsBanner } from '@/components/BreakingNewsBanner'
import { SiteFooter } from '@/components/SiteFooter'
import { routing } from '@/i18n/routing'
import { getBreakingNews } from '@/lib/data/breakingNews'
import { prerenderedLocales } from '@/lib/data/prerender'
import { getSiteIdentity } from '@/lib/data/site'

import '../styles.css'

type Props = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

/** Every language's pages are built ahead (lib/data/prerender.ts). */
export const generateStaticParams = prerenderedLocales

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const [t, identity] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getSiteIdentity(locale)])
  const siteName = identity.siteName || t('siteName')
  return {
    title: { default: siteName, template: `%s · ${siteName}` },
    description: t('description'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, messages, breakingNews] = await Promise.all([getTranslations('Layout'), getMessages(), getBreakingNews(locale)])

  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <BreakingNewsBanner banner={breakingNews} />
        {/* Client code gets the locale, the time zone and only the messages it uses (error page, review form, newsletter sign-up). The
            footer is inside too: its links are next-intl Links, whose client part reads the locale from the provider. */}
        <NextIntlClientProvider messages={{ ErrorPage: messages.ErrorPage, ReviewForm: messages.ReviewForm, NewsletterForm: messages.NewsletterForm }}>
          {children}
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
