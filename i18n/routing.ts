import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every public URL carries its language (/az/..., /en/..., /ru/...): one canonical address per page.
  localePrefix: 'always',
})
