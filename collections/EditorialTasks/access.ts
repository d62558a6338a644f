import type { Access, Where } from 'payload'

import { EDITING_ROLES, hasRole, roleOf } from '@/access/roles'

/**
 * Editors and admins plan the coverage: they see and change every task. A translator sees (and may mark done)
 * the translation tasks and whatever task is assigned to them; moderators and the public see none.
 */
export const tasksOfTheirOwn: Access = ({ req: { user } }) => {
  if (hasRole(user, EDITING_ROLES)) return true
  if (roleOf(user) !== 'translator' || !user) return false
  const theirs: Where[] = [{ kind: { equals: 'translate' } }, { assignee: { equals: user.id } }]
  return { or: theirs }
}
