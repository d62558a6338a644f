import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'

import { TermPage } from '@/components/TermPage'
import { routing } from '@/i18n/routing'
import { termMetadata } from '@/lib/termMetadata'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return termMetadata('categories', locale, slug, (await searchParams).page)
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  return <TermPage kind="categories" locale={locale} slug={slug} pageParam={(await searchParams).page} />
}
