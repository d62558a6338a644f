import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { NotFoundContent } from '@/components/NotFoundContent'
import type { Locale } from '@/i18n/locales'

export const metadata: Metadata = { robots: { index: false } }

type Props = { params: Promise<{ locale: Locale }> }

export default async function PageNotFound({ params }: Props) {
  setRequestLocale((await params).locale)
  return <NotFoundContent />
}
