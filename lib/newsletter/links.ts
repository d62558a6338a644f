import type { Locale } from '@/i18n/locales'
import { configuredOrigin } from '@/lib/siteUrl'

/**
 * The absolute links a newsletter mail carries, on the configured origin (SERVER_URL), never a request's Host.
 * Pages show a button that POSTs: a mail provider's link scanner opening the GET link confirms or unsubscribes
 * nothing. The one-click address (RFC 8058) is an API endpoint that takes the POST a mail client sends.
 */
const origin = () => configuredOrigin(process.env)

const withToken = (path: string, token: string) => `${origin()}${path}?token=${encodeURIComponent(token)}`

export const confirmLink = (locale: Locale, token: string) => withToken(`/${locale}/newsletter/confirm`, token)
export const unsubscribePage = (locale: Locale, token: string) => withToken(`/${locale}/newsletter/unsubscribe`, token)
export const preferencesPage = (locale: Locale, token: string) => withToken(`/${locale}/newsletter/preferences`, token)
export const oneClickUnsubscribe = (locale: Locale, token: string) => `${withToken('/api/subscribers/unsubscribe', token)}&locale=${locale}`
export const absoluteUrl = (path: string) => (/^https?:\/\//.test(path) ? path : `${origin()}${path.startsWith('/') ? '' : '/'}${path}`)

/** The headers of every newsletter mail that can be unsubscribed from (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(locale: Locale, token: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${oneClickUnsubscribe(locale, token)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}
