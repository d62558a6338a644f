import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

import { routing } from './routing'

/** Dates are shown in the newsroom's own time zone, whatever the server's clock says. */
export const timeZone = NEWSROOM_TIME_ZONE

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale

  return {
    locale,
    timeZone,
    // The files' defaults with translators' overrides from the admin on top (cached by tag). Imported
    // here, not at the top: components' tests import timeZone from this file without Next's cache.
    messages: await (await import('@/lib/data/interfaceMessages')).getInterfaceMessages(locale),
  }
})
