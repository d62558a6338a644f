import type { ArrayField } from 'payload'

import { keepSlugHistory } from '@/collections/hooks/keepSlugHistory'

/**
 * The slugs a document was published under before, per language: their addresses answer 308 to the current
 * one (README "Redirects and slug history"). Written only by its hook, never by a client; kept as long as the
 * document (deleted with it). Not shown in the admin. Place it after the slug field.
 *
 * A localized array of rows rather than a localized `hasMany` text: Payload 3.90's SQLite adapter builds an
 * invalid query for a `where` on a localized `hasMany` text (its join names no locale column), while
 * `previousSlugs.slug` queries the same way on SQLite and MongoDB.
 */
export function slugHistoryField(): ArrayField {
  return {
    name: 'previousSlugs',
    type: 'array',
    localized: true,
    label: { az: 'Əvvəlki slug-lar', en: 'Previous slugs', ru: 'Прежние слаги' },
    admin: { hidden: true },
    hooks: { beforeChange: [keepSlugHistory] },
    fields: [{ name: 'slug', type: 'text', required: true, index: true }],
  }
}
