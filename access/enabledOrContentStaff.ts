import type { Access } from 'payload'

import { CONTENT_ROLES, hasRole } from './roles'

/**
 * Content staff see every social link so they can prepare and switch them; readers see only the
 * enabled ones, as a row filter (a disabled link must not leak through the API either).
 */
export const enabledOrContentStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, CONTENT_ROLES)) return true
  return { enabled: { equals: true } }
}
