import type { Payload, TypedUser, Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

export type NewsletterCounts = { confirmed: number; pending: number; daily: number; weekly: number; languages: Record<Locale, number> }

/**
 * The numbers staff see on the dashboard: confirmed subscribers by frequency and language, and sign-ups awaiting
 * confirmation. Counted with the staff member's own access, which lets every role count and none but admins
 * read an address.
 */
export async function newsletterCounts(payload: Payload, user: TypedUser): Promise<NewsletterCounts> {
  const count = async (where: Where) =>
    (await payload.count({ collection: 'subscribers', where: { and: [{ status: { equals: 'confirmed' } }, where] }, user, overrideAccess: false })).totalDocs
  const [confirmed, daily, weekly, pending, ...perLanguage] = await Promise.all([
    count({}),
    count({ frequency: { equals: 'daily' } }),
    count({ frequency: { equals: 'weekly' } }),
    payload.count({ collection: 'subscribers', where: { status: { equals: 'pending' } }, user, overrideAccess: false }).then((result) => result.totalDocs),
    ...locales.map((locale) => count({ languages: { in: [locale] } })),
  ])
  return { confirmed, daily, weekly, pending, languages: Object.fromEntries(locales.map((locale, i) => [locale, perLanguage[i]])) as Record<Locale, number> }
}
