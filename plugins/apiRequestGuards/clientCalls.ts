import type { PayloadRequest } from 'payload'

/**
 * Whether an operation runs on what an API client sent (REST or GraphQL), as opposed to a call the
 * code makes: the site's own Local API calls (`payloadAPI` "local"), and the reads Payload makes to
 * populate the relations of documents it is returning, which carry the client's request but arguments
 * Payload built (its dataloader sets `currentDepth`, and reads by id, unpaginated, on purpose).
 */
export function isClientCall(req: PayloadRequest, args: object): boolean {
  if (req.payloadAPI === 'local') return false
  return (args as { currentDepth?: number }).currentDepth === undefined
}
