import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'

import { TermPage } from '@/components/TermPage'
import { routing } from '@/i18n/routing'
import { pageFromSegment } from '@/lib/pagination'
import { termMetadata } from '@/lib/termMetadata'

// Cached per page of the listing and expired by content changes; rendered on first request (lib/prerender.ts).
export const revalidate = 60

/** `page` is `?page=N` (N ≥ 2) as proxy.ts rewrites it, so that each page of the listing is cached. */
type Props = { params: Promise<{ locale: string; slug: string; page?: string[] }> }

/** None at build: each page of the listing is rendered on its first request, then cached. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return termMetadata('tags', locale, slug, pageFromSegment(page))
}

export default async function TagPage({ params }: Props) {
  const { locale, slug, page } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  return <TermPage kind="tags" locale={locale} slug={slug} page={pageFromSegment(page)} />
}
