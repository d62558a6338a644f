import 'server-only'

import type { CollectionSlug } from 'payload'

import { getPayloadClient } from '@/cms/getPayloadClient'
import { locales, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

/**
 * A document's slug in every language it has one, as the public (or a previewing staff member)
 * may see it. With locale 'all' a localized field comes back as { az: ..., en: ... }.
 */
export async function localizedSlugs(
  collection: CollectionSlug,
  id: number,
  user: User | null = null,
): Promise<Partial<Record<Locale, string>>> {
  const payload = await getPayloadClient()
  const doc: unknown = await payload.findByID({
    collection,
    id,
    locale: 'all',
    overrideAccess: false,
    user,
    draft: Boolean(user),
    depth: 0,
    select: { slug: true },
  })
  const value: unknown = doc && typeof doc === 'object' ? (doc as { slug?: unknown }).slug : undefined
  const slugs: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const slug: unknown = value && typeof value === 'object' ? (value as Record<string, unknown>)[locale] : undefined
    if (typeof slug === 'string' && slug) slugs[locale] = slug
  }
  return slugs
}
