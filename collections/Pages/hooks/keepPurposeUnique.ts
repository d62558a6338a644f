import { ValidationError, type CollectionBeforeChangeHook, type Where } from 'payload'

import { EDITING_ROLES, hasRole } from '@/access/roles'
import { adminT } from '@/i18n/admin'

/**
 * Two pages cannot both be "the corrections policy": structured data would name one at random. Checked on
 * every save, drafts included (Payload skips field validation on draft saves), against every page,
 * whatever its status, so the clash is caught when the second page is made, not when it is published.
 */
export const keepPurposeUnique: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  // A translator's value for this non-localized field is dropped later (fields/localizedOnlyForTranslators.ts).
  if (req.user && !hasRole(req.user, EDITING_ROLES)) return data
  const purpose: unknown = data.purpose
  if (typeof purpose !== 'string' || purpose === '') return data
  const where: Where = { purpose: { equals: purpose } }
  const id: unknown = (originalDoc as { id?: unknown } | undefined)?.id
  if (typeof id === 'number' || typeof id === 'string') where.id = { not_equals: id }
  const { docs } = await req.payload.find({
    collection: 'pages',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { title: true },
  })
  if (docs.length === 0) return data
  const t = adminT(req.i18n)
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'purpose', message: t('custom:validation.purposeTaken', { title: docs[0].title ?? String(docs[0].id) }) }],
    },
    req.t,
  )
}
