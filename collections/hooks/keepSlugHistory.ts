import { randomBytes } from 'node:crypto'

import type { CollectionSlug, FieldHook } from 'payload'

import { isLocale, locales, type Locale } from '@/i18n/locales'
import { nextSlugHistory, type BySlugLocale } from '@/lib/redirects/slugHistory'

type Localized<T> = Record<string, T | null | undefined> | null | undefined

/** The field's rows (fields/slugHistory.ts). */
type Rows = { id?: string | null; slug?: string | null }[]

/**
 * The `previousSlugs` field's own value, whatever a client sent (only this hook writes it): when a publish
 * changes a document's slug in a language where it was published, the old slug joins that language's
 * history, so its old address answers 308 to the new one (lib/redirects/resolve.ts).
 *
 * A field hook rather than a collection hook because a save in one language may publish others too: Payload's
 * "Publish" puts every language's latest draft live, and a save made in one locale can only return that
 * locale's value. The other languages' values are taken by Payload from `siblingDocWithLocales` after the
 * hooks (its merge of localized data), so they are set there.
 */
export const keepSlugHistory: FieldHook = async ({ req, operation, originalDoc, data, siblingData, siblingDocWithLocales, collection }) => {
  const locale = req.locale
  const empty = locale === 'all' ? {} : []
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || !collection || id === undefined) return empty

  // The document as readers have it (the collection's own row, not the latest draft), every language at once. Read
  // through the adapter: the Local API would set this request's locale to 'all' for the rest of the save.
  const stored = (await req.payload.db.findOne({
    collection: collection.slug as CollectionSlug,
    where: { id: { equals: id } },
    locale: 'all',
    req,
  })) as { _status?: string | null; slug?: Localized<string>; previousSlugs?: Localized<Rows> } | null

  const withLocales = (siblingDocWithLocales ?? {}) as { slug?: Localized<string>; previousSlugs?: Localized<Rows> }
  const sent = siblingData as { slug?: unknown }
  const next: BySlugLocale<string> = {}
  for (const code of locales) {
    const value = locale === code ? sent.slug : locale === 'all' ? (sent.slug as Localized<string>)?.[code] : undefined
    const slug = typeof value === 'string' ? value : withLocales.slug?.[code]
    if (slug) next[code] = slug
  }
  const slugs = nextSlugHistory({
    published: stored?._status === 'published' ? onlyStrings(stored.slug) : null,
    history: lists(stored?.previousSlugs),
    next,
    publishing: (data as { _status?: unknown } | undefined)?._status === 'published',
  })

  // Rows keep their ids; a new one gets an id of the shape Payload gives array rows (it assigns none to rows set here).
  const rowIds = new Map(locales.flatMap((code) => (stored?.previousSlugs?.[code] ?? []).map((row) => [`${code}:${row.slug}`, row.id])))
  const history = Object.fromEntries(
    locales.map((code) => [code, slugs[code].map((slug) => ({ id: rowIds.get(`${code}:${slug}`) ?? randomBytes(12).toString('hex'), slug }))]),
  ) as Record<Locale, Rows>
  if (!isLocale(locale)) return history
  withLocales.previousSlugs = { ...(withLocales.previousSlugs ?? {}), ...history }
  return history[locale]
}

function onlyStrings(value: Localized<string>): BySlugLocale<string> {
  const result: BySlugLocale<string> = {}
  for (const locale of locales) if (typeof value?.[locale] === 'string' && value[locale]) result[locale] = value[locale]
  return result
}

function lists(value: Localized<Rows>): BySlugLocale<string[]> {
  const result: BySlugLocale<string[]> = {}
  for (const locale of locales) {
    const rows = value?.[locale]
    if (Array.isArray(rows)) result[locale] = rows.flatMap((row) => (typeof row?.slug === 'string' && row.slug ? [row.slug] : []))
  }
  return result
}
