import type { CollectionConfig, Endpoint, GlobalConfig, Payload, Plugin } from 'payload'

import { capPublicPageSize } from './capPublicPageSize'
import { quietClientErrors, restoreErrorNames } from './errors'
import { refuseControlBytesInFileNames } from './fileNames'
import { guardIDRoutes } from './idRoutes'
import { rejectMalformedQueries } from './rejectMalformedQueries'
import { answerUnparsableQuery } from './unparsableQuery'
import { unversionedEndpoints } from './unversionedEndpoints'

/**
 * What the REST and GraphQL APIs answer to requests they cannot serve, for every collection and global:
 *
 * - a malformed request gets 400 with the reason, an id that cannot exist or a route that does not
 *   exist 404, never a 500: see rejectMalformedQueries.ts, idRoutes.ts, unversionedEndpoints.ts,
 *   fileNames.ts and unparsableQuery.ts for the cases;
 * - such requests leave one line in the log, the request log's, without stack or SQL (errors.ts);
 * - the public's pages hold at most PUBLIC_MAX_PAGE_SIZE documents (capPublicPageSize.ts).
 *
 * Real failures (the database unreachable) are untouched: they still answer 5xx and are logged.
 * Listed last in the config's plugins, so it sees the collections other plugins added or changed.
 */
export const apiRequestGuards = (): Plugin => (config) => {
  restoreErrorNames()
  return {
    ...config,
    collections: (config.collections ?? []).map(guardCollection),
    globals: (config.globals ?? []).map(guardGlobal),
    loggingLevels: { ...quietClientErrors, SyntaxError: false, ...config.loggingLevels } as typeof config.loggingLevels,
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerUnparsableQuery] },
    onInit: async (payload) => {
      guardPayloadsOwnCollections(payload)
      guardIDRoutes(payload)
      await config.onInit?.(payload)
    },
  }
}

type Guardable = Pick<CollectionConfig, 'endpoints' | 'hooks' | 'upload' | 'versions'>

function guardCollection<T extends Guardable>(collection: T): T {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      // First, so that other hooks only ever see well-formed arguments.
      beforeOperation: [rejectMalformedQueries, capPublicPageSize, ...(collection.hooks?.beforeOperation ?? [])],
    },
    endpoints: withoutVersionsEndpoints(collection),
    upload: collection.upload
      ? { ...(collection.upload === true ? {} : collection.upload), handlers: [refuseControlBytesInFileNames, ...((collection.upload !== true && collection.upload.handlers) || [])] }
      : collection.upload,
  }
}

function guardGlobal(global: GlobalConfig): GlobalConfig {
  return { ...global, endpoints: withoutVersionsEndpoints(global) }
}

/** A collection's or global's own endpoints, preceded by 404s for versions when it keeps none. */
function withoutVersionsEndpoints({ endpoints, versions }: Pick<Guardable, 'endpoints' | 'versions'>): Endpoint[] | false | undefined {
  if (versions || endpoints === false) return endpoints
  return [...unversionedEndpoints, ...(endpoints ?? [])]
}

/**
 * Payload adds collections of its own (jobs, locked documents, preferences, migrations) after the plugins
 * have run, so they are guarded here, once Payload has built them, in place: the same hooks and endpoints.
 */
function guardPayloadsOwnCollections(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    if (config.hooks.beforeOperation.includes(rejectMalformedQueries)) continue
    config.hooks.beforeOperation.unshift(rejectMalformedQueries, capPublicPageSize)
    if (Array.isArray(config.endpoints) && !config.versions) config.endpoints.unshift(...unversionedEndpoints)
  }
}
