import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { hasLocale } from 'next-intl'

import { routing } from '@/i18n/routing'

/** Leaves draft preview and shows the page as readers see it. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  ;(await draftMode()).disable()
  const back = new URL(request.url).searchParams.get('to') ?? ''
  // Only a path of our own site, never an open redirect.
  const safe = hasLocale(routing.locales, locale) && back.startsWith(`/${locale}/`) && !back.startsWith('//') ? back : `/${locale}`
  redirect(safe)
}
