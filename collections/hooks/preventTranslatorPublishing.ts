import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { EDITING_ROLES, hasRole } from '@/access/roles'

/**
 * Translators save drafts; what readers see changes only through an editor. So every change a
 * translator makes must be a draft save: publishing ("published", or one locale) and unpublishing
 * (a non-draft save that turns the live document back into a draft) are refused, including when a
 * translator's scheduled publication comes due.
 */
export const preventTranslatorPublishing: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  if (!req.user || hasRole(req.user, EDITING_ROLES)) return args
  const data = (args.data ?? {}) as { _status?: unknown }
  const publishes = data._status === 'published' || Boolean(args.publishSpecificLocale) || Boolean(args.unpublishAllLocales)
  if (publishes || !args.draft) throw new Forbidden(req.t)
  return args
}
