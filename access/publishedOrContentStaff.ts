import type { Access } from 'payload'

import { CONTENT_ROLES, hasRole } from './roles'

/**
 * Content staff read everything, drafts included; everyone else (readers, moderators) reads
 * published documents only, as a row filter.
 */
export const publishedOrContentStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, CONTENT_ROLES)) return true
  return { _status: { equals: 'published' } }
}
