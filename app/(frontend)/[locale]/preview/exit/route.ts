import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { hasLocale } from 'next-intl'

import { routing } from '@/i18n/routing'

const BASE = 'http://return.invalid'

/**
 * Where to go back to: a path of this site in `locale`, or null. Never another site (an open redirect), and
 * never text with control characters: CR/LF would split the Location header (Node refuses to send it, a 500).
 * The path is re-serialized by the URL parser, so anything else unusual in it leaves percent-encoded.
 */
function returnPath(to: string | null, locale: string): string | null {
  if (!to || /[\u0000-\u001f\u007f]/.test(to)) return null
  const url = new URL(to, BASE)
  if (url.origin !== BASE || !url.pathname.startsWith(`/${locale}/`)) return null
  return `${url.pathname}${url.search}${url.hash}`
}

/** Leaves draft preview and shows the page as readers see it. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  ;(await draftMode()).disable()
  const back = hasLocale(routing.locales, locale) ? returnPath(new URL(request.url).searchParams.get('to'), locale) : null
  redirect(back ?? `/${locale}`)
}
