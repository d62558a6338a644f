import { ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { adminT, type AdminTranslationKeys } from '@/i18n/admin'
import { configuredOrigin } from '@/lib/siteUrl'
import { checkFrom, checkTo, pathShape, type PathRefusal } from '@/lib/redirects/paths'
import { isLivePage, REDIRECTS_SLUG, referencePath, type RedirectTo } from '@/lib/redirects/resolve'

type RedirectData = { from?: unknown; to?: RedirectTo | null }

type Refusal = { path: string; key: AdminTranslationKeys; values?: Record<string, string> }

const FROM_REFUSAL: Record<PathRefusal, AdminTranslationKeys> = {
  notAPath: 'custom:redirects.from.notAPath',
  leavesSite: 'custom:redirects.from.leavesSite',
  notAPage: 'custom:redirects.from.notAPage',
  hasQuery: 'custom:redirects.from.hasQuery',
}

const TO_REFUSAL: Record<PathRefusal, AdminTranslationKeys> = {
  notAPath: 'custom:redirects.to.notAPath',
  leavesSite: 'custom:redirects.to.leavesSite',
  notAPage: 'custom:redirects.to.notAPage',
  hasQuery: 'custom:redirects.to.notAPath',
}

/** `from` and a custom `to` are stored in the one form the server compares (lib/redirects/paths.ts), before Payload checks uniqueness. */
export const normalizeRedirectPaths: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  const checkedFrom = typeof data.from === 'string' ? checkFrom(data.from) : null
  if (checkedFrom && 'path' in checkedFrom) data.from = checkedFrom.path
  const to = data.to as RedirectTo | undefined
  if (to?.type === 'custom' && typeof to.url === 'string') {
    const checkedTo = checkTo(to.url, configuredOrigin(process.env))
    if ('path' in checkedTo) data.to = { ...to, url: `${checkedTo.path}${checkedTo.search}` }
  }
  return data
}

/**
 * Refuses, before anything is saved, a redirect that would not work: `from` off the site, not a page path,
 * already taken or a page that is published now; `to` off the site (another host or scheme), missing (nothing
 * published there), or leading back to `from`. Each reason is its own message on its field (400 over REST).
 */
export const refuseBadRedirects: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as RedirectData & { id?: number | string }
  const refusal = await refusalOf(merged, req, (originalDoc as { id?: number | string } | undefined)?.id)
  if (refusal) {
    const message = adminT(req.i18n)(refusal.key, refusal.values)
    throw new ValidationError({ collection: REDIRECTS_SLUG, errors: [{ path: refusal.path, message }] }, req.t)
  }
  return data
}

async function refusalOf({ from, to }: RedirectData, req: PayloadRequest, id: number | string | undefined): Promise<Refusal | null> {
  const checkedFrom = checkFrom(typeof from === 'string' ? from : '')
  if ('refusal' in checkedFrom) return { path: 'from', key: FROM_REFUSAL[checkedFrom.refusal] }
  const fromPath = checkedFrom.path

  const { totalDocs: taken } = await req.payload.count({
    collection: REDIRECTS_SLUG,
    overrideAccess: true,
    where: id === undefined ? { from: { equals: fromPath } } : { and: [{ from: { equals: fromPath } }, { id: { not_equals: id } }] },
    req,
  })
  if (taken > 0) return { path: 'from', key: 'custom:redirects.from.taken' }
  // Read as the public reads (no request, so no staff access to drafts): a draft is no page yet.
  if (await isLivePage(req.payload, fromPath)) return { path: 'from', key: 'custom:redirects.from.livePage' }

  let target: string | null
  if (to?.type === 'custom') {
    const origin = configuredOrigin(process.env)
    const checkedTo = checkTo(typeof to.url === 'string' ? to.url : '', origin)
    if ('refusal' in checkedTo) return { path: 'to.url', key: TO_REFUSAL[checkedTo.refusal], values: { origin } }
    if (checkedTo.path === fromPath) return { path: 'to.url', key: 'custom:redirects.to.loop', values: { from: fromPath } }
    target = (await isLivePage(req.payload, checkedTo.path)) ? checkedTo.path : null
    if (!target) return { path: 'to.url', key: 'custom:redirects.to.missing' }
    return null
  }
  target = to?.reference ? await referencePath(req.payload, to.reference, pathShape(fromPath).locale ?? defaultLocale) : null
  if (!target) return { path: 'to.reference', key: 'custom:redirects.to.missing' }
  if (target === fromPath) return { path: 'to.reference', key: 'custom:redirects.to.loop', values: { from: fromPath } }
  return null
}
