import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every public URL carries its language (/az/..., /en/..., /ru/...): one canonical address per page.
  localePrefix: 'always',
  // No `Link` header of alternates: next-intl's swaps only the language prefix (wrong for our localized
  // slugs) and takes its origin from the request's Host / X-Forwarded-Host. The pages' head (hreflang)
  // and the sitemaps announce the right alternates, with the origin from SERVER_URL.
  alternateLinks: false,
})
