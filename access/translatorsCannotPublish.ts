import type { Access } from 'payload'

import { EDITING_ROLES, hasRole } from './roles'

/**
 * Update access for drafts-enabled content: editors and admins always; translators only for saves
 * that do not publish. Payload's admin asks this with `{ _status: 'published' }` to decide whether
 * to show the publish buttons, so translators do not see them. (The beforeOperation hook
 * preventTranslatorPublishing refuses the remaining ways, e.g. unpublishing.)
 */
export const translatorsCannotPublish: Access = ({ req: { user }, data }) => {
  if (hasRole(user, EDITING_ROLES)) return true
  return hasRole(user, ['translator']) && (data as { _status?: unknown } | undefined)?._status !== 'published'
}
