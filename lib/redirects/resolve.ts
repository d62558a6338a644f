import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { RoutedCollection } from '@/i18n/routes'
import { publishedInLanguage } from '@/lib/data/published'

import { REDIRECTS_SLUG } from './endpointPath'
import { documentPath, pathShape } from './paths'
import { keepsSlugHistory } from './slugHistory'

export { REDIRECTS_SLUG }

/** The codes an editor may give a redirect; slug history always answers 308. */
export const REDIRECT_CODES = ['301', '302', '307', '308'] as const
export type RedirectCode = (typeof REDIRECT_CODES)[number]

/** Where a path leads: a path of this site (with its own query, or none) and the code to answer. */
export type Redirect = { location: string; status: number }

type Target = { path: string; search: string; status: number }

/** Hops followed through redirects and slug history before the chain is given up as too long. */
export const MAX_HOPS = 5

/** A stored editor redirect's `to`, as the plugin keeps it. */
export type RedirectTo = {
  type?: 'reference' | 'custom' | null
  reference?: { relationTo: string; value: unknown } | null
  url?: string | null
}

/**
 * Whether a path is a page readers can open now: a page of the route table, or a document route whose slug is
 * published in that language (read as the public reads it).
 */
export async function isLivePage(payload: Payload, path: string): Promise<boolean> {
  const shape = pathShape(path)
  if (shape.kind === 'static') return true
  if (shape.kind !== 'document') return false
  const { totalDocs } = await payload.count({
    collection: shape.collection,
    locale: shape.locale,
    overrideAccess: false,
    where: publishedInLanguage({ slug: { equals: shape.slug } }),
  })
  return totalDocs > 0
}

/** The current path of the document published in that language that once had this slug there (the latest such, when several did). */
async function slugHistoryTarget(payload: Payload, locale: Locale, collection: RoutedCollection, slug: string): Promise<string | null> {
  if (!keepsSlugHistory(collection)) return null
  const { docs } = await payload.find({
    collection,
    locale,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    sort: '-updatedAt',
    where: publishedInLanguage({ 'previousSlugs.slug': { equals: slug } }),
    select: { slug: true },
  })
  const current = docs[0]?.slug
  return current ? documentPath(locale, collection, current) : null
}

/** The path a referenced document has in `locale` (or in Azerbaijani when it is not published there), if published at all. */
export async function referencePath(payload: Payload, reference: NonNullable<RedirectTo['reference']>, locale: Locale): Promise<string | null> {
  const collection = reference.relationTo as RoutedCollection
  const value = reference.value
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  if (typeof id !== 'number' && typeof id !== 'string') return null
  for (const language of new Set([locale, defaultLocale])) {
    const { docs } = await payload.find({
      collection,
      locale: language,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      where: publishedInLanguage({ id: { equals: id } }),
      select: { slug: true },
    })
    const slug = docs[0]?.slug
    if (slug) return documentPath(language, collection, slug)
  }
  return null
}

/** Where an editor's redirect of this `from` leads, if there is one (staff-only data, read with access off). */
async function editorTarget(payload: Payload, path: string): Promise<Target | null> {
  const { docs } = await payload.find({
    collection: REDIRECTS_SLUG,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { from: { equals: path } },
  })
  const redirect = docs[0]
  if (!redirect) return null
  const status = Number(redirect.type) || 301
  const to = redirect.to as RedirectTo
  if (to.type === 'reference' && to.reference) {
    const target = await referencePath(payload, to.reference, pathShape(path).locale ?? defaultLocale)
    return target ? { path: target, search: '', status } : null
  }
  if (typeof to.url !== 'string' || !to.url.startsWith('/')) return null
  const [target, ...query] = to.url.split('?')
  return { path: target, search: query.length ? `?${query.join('?')}` : '', status }
}

/** One hop: a current page goes nowhere; then the slug history of that language; then the editors' redirects. */
async function step(payload: Payload, path: string): Promise<Target | null> {
  if (await isLivePage(payload, path)) return null
  const shape = pathShape(path)
  if (shape.kind === 'document') {
    const target = await slugHistoryTarget(payload, shape.locale, shape.collection, shape.slug)
    if (target) return { path: target, search: '', status: 308 }
  }
  return editorTarget(payload, path)
}

/**
 * Where a path that is no page leads, in one hop: redirects and slug history are followed to the end (at most
 * MAX_HOPS), and the code is the first redirect's. A loop, or a chain too long, leads nowhere (the 404 stays).
 * `path` must be in normal form (lib/redirects/paths.ts normalizePath).
 */
export async function resolveRedirect(payload: Payload, path: string): Promise<{ path: string; search: string; status: number } | null> {
  const seen = new Set([path])
  let found = null as Target | null
  let current = path
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const next = await step(payload, current)
    if (!next) return found
    if (seen.has(next.path)) return null
    seen.add(next.path)
    found = { ...next, status: found?.status ?? next.status, search: next.search || found?.search || '' }
    current = next.path
  }
  return (await step(payload, current)) ? null : found
}
