import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { locales } from '@/i18n/locales'
import { ARTICLE_VIEWS_SLUG, VIEW_PERIODS } from '@/lib/views/buckets'
import { recordViewsEndpoint } from '@/lib/views/recordViewsEndpoint'

/**
 * Readers' views of articles as aggregate counts, for "Most read" (lib/data/mostRead.ts): one row per
 * article, language and UTC hour or day. Nothing about a reader is stored. Only the server's own hand-over
 * (lib/views/recordViewsEndpoint.ts, lib/views/recordViews.ts) writes them, with overrideAccess: true;
 * over the API staff may read them and nobody may write. Hidden from the admin's navigation: rows of numbers
 * say nothing the home page's list does not.
 */
export const ArticleViews: CollectionConfig = {
  slug: ARTICLE_VIEWS_SLUG,
  labels: {
    singular: { az: 'Məqalə baxışı', en: 'Article views', ru: 'Просмотры статьи' },
    plural: { az: 'Məqalə baxışları', en: 'Article views', ru: 'Просмотры статей' },
  },
  admin: { hidden: true },
  lockDocuments: false,
  access: {
    read: isStaff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: [recordViewsEndpoint],
  indexes: [
    // "Most read": one language's buckets of one period since a time. Unique: one bucket per article, language and start.
    { fields: ['locale', 'period', 'start', 'article'], unique: true },
  ],
  fields: [
    // Not required: an article deleted later leaves its buckets without one (the database sets it to null),
    // and they age out with the rest.
    { name: 'article', type: 'relationship', relationTo: 'articles', label: { az: 'Məqalə', en: 'Article', ru: 'Статья' } },
    { name: 'locale', type: 'select', options: [...locales], required: true, label: { az: 'Dil', en: 'Language', ru: 'Язык' } },
    { name: 'period', type: 'select', options: [...VIEW_PERIODS], required: true, label: { az: 'Dövr', en: 'Period', ru: 'Период' } },
    // The start of the UTC hour or day the views fall in.
    { name: 'start', type: 'date', required: true, label: { az: 'Başlanğıc', en: 'Start', ru: 'Начало' } },
    { name: 'count', type: 'number', required: true, min: 0, label: { az: 'Baxış sayı', en: 'Views', ru: 'Просмотры' } },
  ],
}
