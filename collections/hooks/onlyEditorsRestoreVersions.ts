import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { EDITING_ROLES, hasRole } from '@/access/roles'

/**
 * Restoring a version brings back every field of it, in every language: the az slug, categories and
 * publication date included. A translator may change none of those (their field rules would blank them
 * in the restored draft, which an editor could then publish unawares), so restoring is an editor's act.
 */
export const onlyEditorsRestoreVersions: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'restoreVersion') return args
  if (req.user && !hasRole(req.user, EDITING_ROLES)) throw new Forbidden(req.t)
  return args
}
