import type { Where } from 'payload'

/**
 * "Published in this language", on a read made with a `locale`: a document exists for readers in a
 * language when it has a slug there, so a link to it resolves and no Azerbaijani fallback text is shown
 * under another language's address. Drafts are already out of reach of `overrideAccess: false`.
 * Not marked server-only: the review endpoint (collections/Reviews) uses it too, and collections are
 * also loaded by CLI scripts outside Next's server, where the `server-only` package throws.
 */
export const PUBLISHED_IN_LANGUAGE: Where = { slug: { exists: true } }

/** The rule together with a read's own conditions. */
export function publishedInLanguage(...conditions: Where[]): Where {
  return conditions.length === 0 ? PUBLISHED_IN_LANGUAGE : { and: [PUBLISHED_IN_LANGUAGE, ...conditions] }
}
