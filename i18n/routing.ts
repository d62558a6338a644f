import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'
import { pathnames } from './routes'

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every public URL carries its language (/az/..., /en/..., /ru/...): one canonical address per page.
  localePrefix: 'always',
  // The route table (i18n/routes.ts). The segments are the same in every language, so nothing is
  // rewritten or redirected between them; what they give is the typed Link and getPathname.
  pathnames,
  // No `Link` header of alternates: next-intl's swaps only the language prefix (wrong for our localized
  // slugs) and takes its origin from the request's Host / X-Forwarded-Host. The pages' head (hreflang)
  // and the sitemaps announce the right alternates, with the origin from SERVER_URL.
  alternateLinks: false,
})
