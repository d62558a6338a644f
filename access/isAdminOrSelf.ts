import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins manage every account; other staff see and edit only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, ['admin'])) return true
  return user ? { id: { equals: user.id } } : false
}
