/** The search index's collection (collections/SearchDocuments); its SQLite table is `search_documents`. */
export const SEARCH_DOCUMENTS_SLUG = 'search-documents'
