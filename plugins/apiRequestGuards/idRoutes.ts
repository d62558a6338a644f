import type { Endpoint, Payload, PayloadHandler } from 'payload'

import { idShape, isPossibleID } from './documentIDs'
import { noSuchDocument } from './errors'

/**
 * Payload's REST routes with a document id in the path (`/:id`, `/versions/:id`, `/:id/duplicate`…) run
 * the id through parseFloat before any hook sees it: "abc" becomes NaN (the database then fails, or
 * Payload answers 400 "Missing ID", logged with its stack) and "12abc" becomes 12. Each such route of
 * every collection first answers 404 for an id that cannot be one of that collection's, as for any
 * document that does not exist. Payload adds these routes while building its config, after the plugins
 * have run, so they are wrapped once Payload has started.
 */
export function guardIDRoutes(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    if (!Array.isArray(config.endpoints)) continue
    // Payload shares its default endpoint objects between collections: each is replaced, never changed.
    config.endpoints = config.endpoints.map((endpoint) => (takesID(endpoint) ? { ...endpoint, handler: refuseImpossibleIDs(endpoint.handler) } : endpoint))
  }
}

const GUARDED = new WeakSet<PayloadHandler>()

const takesID = (endpoint: Endpoint): boolean => /\/:id\b/.test(endpoint.path) && !GUARDED.has(endpoint.handler)

function refuseImpossibleIDs(handler: PayloadHandler): PayloadHandler {
  const guarded: PayloadHandler = (req) => {
    const { id, collection } = (req.routeParams ?? {}) as { id?: unknown; collection?: unknown }
    if (typeof id === 'string' && typeof collection === 'string' && !isPossibleID(idShape(req.payload, collection), id)) throw noSuchDocument(req)
    return handler(req)
  }
  GUARDED.add(guarded)
  return guarded
}
