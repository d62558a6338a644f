import { buildVersionCollectionFields, type CollectionBeforeOperationHook, type FlattenedField, type SanitizedCollectionConfig } from 'payload'

import { isClientCall } from './clientCalls'
import { idShape, isPossibleID } from './documentIDs'
import { MalformedRequest, noSuchDocument } from './errors'
import { whereProblem } from './whereValues'

/**
 * Runs before every operation of every collection called through REST or GraphQL, and refuses what the
 * database could not answer: an id that cannot be one of this collection's (`/api/articles/abc`,
 * `/api/articles/1.5`: 404, as for any document that does not exist), a where whose values are not of
 * their fields' types, a where that is not an object, a page or limit that is not a whole number (400).
 * Calls the code makes (see clientCalls.ts) pass untouched.
 */
export const rejectMalformedQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (!isClientCall(req, args)) return args
  const { id, where, limit, page } = args as { id?: unknown; where?: unknown; limit?: unknown; page?: unknown }

  // REST routes check the id of their URL first (idRoutes.ts); this catches GraphQL's and bulk operations'.
  if (id !== undefined && !isPossibleID(idShape(req.payload, collection.slug), id)) throw noSuchDocument(req)

  const problem = whereProblem(where, { payload: req.payload, collectionSlug: collection.slug, fields: queryableFields(req.payload.config, collection), locale: req.locale ?? undefined })
  if (problem) throw new MalformedRequest(problem)

  // Payload passes a limit or page of 1.5 or -3 on to the database (on SQLite a negative limit means no limit,
  // a page of 1e300 fails), and one of "abc" on as text. (GraphQL passes null for an argument given as null.)
  if (limit != null && !(Number.isSafeInteger(limit) && (limit as number) >= 0)) throw new MalformedRequest('limit must be a whole number')
  if (page != null && !(Number.isSafeInteger(page) && (page as number) >= 1)) throw new MalformedRequest('page must be a whole number from 1')
  return args
}

type Config = Parameters<typeof buildVersionCollectionFields>[0]
const fieldsByCollection = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/**
 * The fields a where may name: the collection's, then those of its versions (`version.title`, `parent`,
 * `latest`), which the versions endpoints query. Beforehand, the hook cannot tell a find from a
 * findVersions (both are "read"); a path is looked up in the collection's fields first.
 */
function queryableFields(config: Config, collection: SanitizedCollectionConfig): FlattenedField[] {
  let fields = fieldsByCollection.get(collection)
  if (!fields) {
    const own = collection.flattenedFields
    const names = new Set(own.map((field) => field.name))
    const versionFields = collection.versions ? buildVersionCollectionFields(config, collection, true).filter((field) => !names.has(field.name)) : []
    fields = [...own, ...versionFields]
    fieldsByCollection.set(collection, fields)
  }
  return fields
}
