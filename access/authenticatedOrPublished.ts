import type { Access } from 'payload'

/** Staff see everything; the public sees published documents only (a row filter, not a yes/no). */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
