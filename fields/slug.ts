import type { CollectionSlug, FieldAccess, FieldHook, TextField, TextFieldSingleValidation, Where } from 'payload'

import { hasRole, EDITING_ROLES } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'
import { slugify } from '@/lib/slugify'

/**
 * Fills an empty slug from the source field of the same locale; a slug typed by an editor is kept,
 * only tidied to the same URL-safe form.
 */
const generateSlugFrom =
  (source: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const text: unknown = data?.[source]
    return typeof text === 'string' && text.trim() ? slugify(text) : value
  }

/** Translators translate slugs of en and ru, but the Azerbaijani address belongs to editors. */
const canChangeSlug: FieldAccess = ({ req }) =>
  hasRole(req.user, EDITING_ROLES) || (req.locale !== defaultLocale && req.locale !== 'all')

/** A slug is unique within its language; the same slug may exist in another language. */
const uniqueInLocale: TextFieldSingleValidation = async (value, { req, id, collectionSlug }) => {
  if (!value || !collectionSlug) return true
  const locale = req.locale && req.locale !== 'all' ? req.locale : defaultLocale
  const where: Where = { slug: { equals: value } }
  if (id !== undefined) where.id = { not_equals: id }
  const { totalDocs } = await req.payload.count({
    collection: collectionSlug as CollectionSlug,
    locale,
    where,
    overrideAccess: true,
    req,
  })
  return totalDocs === 0 || req.t('error:valueMustBeUnique')
}

export function slugField(source = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    maxLength: 80,
    validate: uniqueInLocale,
    access: { update: canChangeSlug },
    admin: {
      position: 'sidebar',
      description: 'Filled from the title when left empty: ə→e, ş→sh, ч→ch …',
    },
    hooks: { beforeValidate: [generateSlugFrom(source)] },
  }
}
