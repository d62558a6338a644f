import type { CollectionConfig } from 'payload'

import { locales } from '@/i18n/locales'
import { SEARCH_DOCUMENTS_SLUG } from '@/lib/search/slug'

const nobody = () => false

/**
 * Reader search's index (lib/search/): one document per article and language the article is published in,
 * holding that language's text already folded (lib/search/fold.ts). Written only by the articles' hooks and
 * `reindexAll`, with overrideAccess; nobody reads or writes it through the API. On SQLite an FTS5 table over
 * it (migrations/…_search_documents) is kept in step by triggers; on MongoDB a text index (lib/search/mongo.ts).
 */
export const SearchDocuments: CollectionConfig = {
  slug: SEARCH_DOCUMENTS_SLUG,
  labels: {
    singular: { az: 'Axtarış sənədi', en: 'Search document', ru: 'Поисковый документ' },
    plural: { az: 'Axtarış sənədləri', en: 'Search documents', ru: 'Поисковые документы' },
  },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['article', 'locale'], unique: true }],
  fields: [
    // Not required: deleting an article sets it to null in SQLite before the hook removes the row (lib/search/documents.ts).
    { name: 'article', type: 'relationship', relationTo: 'articles' },
    { name: 'locale', type: 'select', options: [...locales], required: true },
    { name: 'title', type: 'text' },
    { name: 'standfirst', type: 'textarea' },
    // A long article's whole text: above Payload's default cap on text, bounded by the request size limit.
    { name: 'body', type: 'textarea', maxLength: 4_000_000 },
    // The article's remembrance event, sections and tags as words (`event12 section3 tag45`), for cross-script matches.
    { name: 'topics', type: 'text' },
    // MongoDB only: the beginnings of every word, since its text index has no prefix queries. Empty on SQLite.
    { name: 'prefixes', type: 'textarea', maxLength: 4_000_000 },
    { name: 'publishedAt', type: 'date' },
  ],
}
