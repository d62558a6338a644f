import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field, Plugin } from 'payload'

import { canEditContent } from '@/access/canEditContent'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { TAGS } from '@/lib/data/tags'
import { REDIRECT_CODES, REDIRECTS_SLUG } from '@/lib/redirects/resolve'
import { resolveRedirectEndpoint } from '@/lib/redirects/resolveEndpoint'

import { normalizeRedirectPaths, refuseBadRedirects } from './hooks/refuseBadRedirects'

type Label = { az: string; en: string; ru: string }

/** Our labels for the plugin's fields, by their path. */
const LABELS: Record<string, Label> = {
  from: { az: 'Haradan (yol)', en: 'From (path)', ru: 'Откуда (путь)' },
  'to.type': { az: 'Hədəfin növü', en: 'Target type', ru: 'Тип цели' },
  'to.reference': { az: 'Sənəd', en: 'Document', ru: 'Документ' },
  'to.url': { az: 'Yol', en: 'Path', ru: 'Путь' },
  type: { az: 'Yönləndirmə kodu', en: 'Redirect code', ru: 'Код перенаправления' },
}

const DESCRIPTIONS: Record<string, Label> = {
  from: {
    az: 'Saytın yolu, məsələn /az/news/kohne-bashliq və ya /kohne-sehife. Dərc olunmuş səhifənin yolu ola bilməz.',
    en: 'A path of this site, e.g. /en/news/old-title or /old-page. It cannot be the path of a published page.',
    ru: 'Путь на этом сайте, например /ru/news/staryy-zagolovok или /staraya-stranitsa. Не может быть путём опубликованной страницы.',
  },
  'to.url': {
    az: 'Saytın dərc olunmuş səhifəsinin yolu, məsələn /az/news/yeni-bashliq.',
    en: 'The path of a published page of this site, e.g. /en/news/new-title.',
    ru: 'Путь опубликованной страницы этого сайта, например /ru/news/novyy-zagolovok.',
  },
}

/** The plugin's fields with our labels and descriptions in every admin language. */
function labelled(fields: Field[], prefix = ''): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    const path = `${prefix}${field.name}`
    const description = DESCRIPTIONS[path]
    const next = { ...field, ...(LABELS[path] ? { label: LABELS[path] } : {}) } as Field
    if (description) next.admin = { ...field.admin, description }
    if (next.type === 'group') return { ...next, fields: labelled(next.fields, `${path}.`) }
    if (next.type === 'radio')
      return {
        ...next,
        options: [
          { label: { az: 'Sənəd', en: 'Document', ru: 'Документ' }, value: 'reference' },
          { label: { az: 'Yol', en: 'Path', ru: 'Путь' }, value: 'custom' },
        ],
      }
    return next
  })
}

/**
 * Editors' redirects (`@payloadcms/plugin-redirects`): from a path of this site to a document (its address in
 * the `from` path's language) or to a path, with its code. Editors and admins read and write them; nobody else,
 * the public included (the plugin's default lets anyone read). The server asks for them only before a 404
 * (lib/redirects/resolveEndpoint.ts); every change expires the cached answers.
 */
export const redirects = (): Plugin =>
  redirectsPlugin({
    collections: ['articles', 'remembrance-events', 'categories', 'tags'],
    redirectTypes: [...REDIRECT_CODES],
    redirectTypeFieldOverride: { defaultValue: '301' },
    overrides: {
      slug: REDIRECTS_SLUG,
      labels: {
        singular: { az: 'Yönləndirmə', en: 'Redirect', ru: 'Перенаправление' },
        plural: { az: 'Yönləndirmələr', en: 'Redirects', ru: 'Перенаправления' },
      },
      admin: { useAsTitle: 'from', defaultColumns: ['from', 'to.type', 'type', 'updatedAt'] },
      access: { read: canEditContent, create: canEditContent, update: canEditContent, delete: canEditContent },
      endpoints: [resolveRedirectEndpoint],
      hooks: {
        beforeValidate: [normalizeRedirectPaths],
        beforeChange: [refuseBadRedirects],
        ...revalidateOnChange([TAGS.redirects]),
      },
      fields: ({ defaultFields }) => labelled(defaultFields),
    },
  })
