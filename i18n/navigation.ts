import { createNavigation } from 'next-intl/navigation'

import type { Locale } from './locales'
import { routing } from './routing'

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)

/** A typed public path: '/search', or { pathname: '/news/[slug]', params: { slug } } (see i18n/routes.ts). */
export type Href = Parameters<typeof getPathname>[0]['href']

/**
 * A page's absolute URL for feeds, sitemaps, structured data, canonical and hreflang links: the
 * configured origin (lib/siteUrl.ts, never the request's Host) and the path in that language.
 */
export function absoluteUrl(origin: string, locale: Locale, href: Href): string {
  return `${origin}${getPathname({ locale, href })}`
}
