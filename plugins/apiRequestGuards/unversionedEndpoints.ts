import type { Endpoint, PayloadHandler } from 'payload'

import { noSuchDocument } from './errors'

const noVersions: PayloadHandler = (req) => {
  throw noSuchDocument(req)
}

/**
 * Payload serves the versions endpoints of every collection and global, with versions or without; without,
 * they query a versions table that does not exist (500, with the SQL in the log). A collection's or
 * global's own endpoints are matched before Payload's, so these answer 404 first, as for any route that
 * does not exist.
 */
export const unversionedEndpoints: Endpoint[] = [
  { method: 'get', path: '/versions', handler: noVersions },
  { method: 'get', path: '/versions/:id', handler: noVersions },
  { method: 'post', path: '/versions/:id', handler: noVersions },
]
