import type { CollectionBeforeOperationHook } from 'payload'

import { isClientCall } from './clientCalls'

/** The most documents one request of the public may ask for: the site's own lists show at most 50. */
export const PUBLIC_MAX_PAGE_SIZE = 100

/**
 * Anonymous REST and GraphQL callers get pages of at most PUBLIC_MAX_PAGE_SIZE documents: a larger
 * `limit`, `limit=0` (Payload's "everything") and `pagination=false` are answered with a page of that
 * size (the response's `limit` says so), so one request cannot make the server read and serialise a
 * whole collection. Applies to every listing operation: find, versions, distinct values.
 *
 * Staff are not capped: the admin asks for up to 250 documents to label a list's relationships and for
 * all of them (`limit=0`) in bulk actions, and staff are already trusted with writes. Calls the code
 * makes (the site's own reads, populating relations: see clientCalls.ts) are not capped either.
 */
export const capPublicPageSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.user || !isClientCall(req, args)) return args
  if (operation !== 'read' && operation !== 'readDistinct') return args
  // findByID and findVersionByID are reads too, but return one document and take no limit.
  if (!('limit' in args) && !('pagination' in args)) return args
  const { limit } = args as { limit?: number }
  const capped = typeof limit === 'number' && limit > 0 ? Math.min(limit, PUBLIC_MAX_PAGE_SIZE) : limit === undefined ? undefined : PUBLIC_MAX_PAGE_SIZE
  return { ...args, limit: capped, pagination: true }
}
