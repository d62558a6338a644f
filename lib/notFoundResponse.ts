import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale } from '@/i18n/locales'

/**
 * A plain 404 for feeds, sitemaps and images. The server's routing leaves paths with a dot alone, so these route
 * handlers answer unknown languages and slugs themselves, in the reader's language when known.
 */
export async function notFoundResponse(locale: string = defaultLocale): Promise<Response> {
  const t = await getTranslations({ locale: isLocale(locale) ? locale : defaultLocale, namespace: 'NotFoundPage' })
  return new Response(t('title'), { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
