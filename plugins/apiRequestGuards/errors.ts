import { APIError, NotFound, QueryError, type Config, type PayloadRequest } from 'payload'

/**
 * A request the API cannot answer because of what the client sent (a where value of the wrong type, a
 * `where` that is not an object): 400 with the reason.
 */
export class MalformedRequest extends APIError {
  // Named explicitly: see restoreErrorNames.
  override name = 'MalformedRequest'

  constructor(message: string) {
    super(message, 400, null, true)
  }
}

/** What a missing document gets, so a malformed id tells the client nothing more than an unknown one. */
export const noSuchDocument = (req: PayloadRequest): NotFound => new NotFound(req.t)

/**
 * Payload logs the error every API call ends with, at the level `loggingLevels[err.name]` (default:
 * "error", with the stack and, for a query the database refused, the SQL), and takes `err.name` from the
 * class name. Next's production build renames classes (a NotFound is logged as "rB"), so Payload's own
 * levels never match. The client errors this plugin relies on get their names back.
 */
export function restoreErrorNames(): void {
  for (const [name, errorClass] of Object.entries({ NotFound, QueryError })) {
    if (errorClass.name !== name) Object.defineProperty(errorClass, 'name', { value: name })
  }
}

/**
 * Client errors are recorded by the request log (server/requestLog.ts: one line with the status); a
 * second entry for them would only be noise. `false` turns Payload's logging off for that error name.
 */
export const quietClientErrors = {
  MalformedRequest: false,
  // A document that does not exist (or a malformed id, answered the same way).
  NotFound: false,
  // A where on a path that does not exist or may not be queried (Payload's own 400).
  QueryError: false,
  // Payload's ErrorName type lists only its own error classes; lookups are by any `err.name` string.
} as Config['loggingLevels']
