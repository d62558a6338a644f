import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteHeader } from '@/components/SiteHeader'
import { routing } from '@/i18n/routing'
import { everyLocalePath } from '@/lib/seo/alternates'

export type NewsletterRoute = '/newsletter/confirm' | '/newsletter/unsubscribe' | '/newsletter/preferences'
export type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** One value of the query (the first, when repeated). */
export const queryValue = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * The newsletter's pages carry a personal token in their address: kept out of search engines, and no Referer
 * sent to any other site. `same-origin`, not `no-referrer`: under no-referrer the browser sends `Origin: null`
 * with the page's own form POSTs, which the request guard rightly refuses as a foreign site's.
 */
export async function newsletterMetadata(params: PageProps['params'], title: 'confirmTitle' | 'unsubscribeTitle' | 'preferencesTitle'): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'NewsletterPage' })
  return { title: t(title), robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/** The page around a newsletter message or form; the language switcher keeps the token. */
export async function NewsletterPage({ route, token, title, children }: { route: NewsletterRoute; token: string; title: string; children: ReactNode }) {
  const alternates = everyLocalePath(token ? { pathname: route, query: { token } } : route)
  return (
    <>
      <SiteHeader alternates={alternates} />
      <main id="main" className="newsletter-page">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  )
}

/** A result or a refused link, announced to screen readers. */
export function Notice({ tone, children }: { tone: 'received' | 'problem'; children: ReactNode }) {
  return (
    <div role="status" className={tone === 'received' ? 'newsletter-result newsletter-result-received' : 'newsletter-result'}>
      {children}
    </div>
  )
}
