import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { EDITING_ROLES, hasRole } from '@/access/roles'

/**
 * A translator may change a media item's localized text (alt text, caption, credit) and nothing else. Field rules
 * (fields/localizedOnlyForTranslators.ts) cover the fields declared in collections/Media, but Payload adds
 * its upload fields (file name, sizes, dimensions, focal point) afterwards, and replaces the file itself
 * before any field rule runs -- deleting the old files of every size. So the request is narrowed here,
 * before Payload looks at it: a new file is refused outright (403), and every other value but the
 * localized text is dropped, as field rules drop what a role may not change.
 */
export const translatorsChangeOnlyText =
  (localizedFields: readonly string[]): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'update') return args
    if (!req.user || hasRole(req.user, EDITING_ROLES)) return args
    if (req.file) throw new Forbidden(req.t)
    // Cropping or moving the focal point re-renders the stored file.
    if (req.query && typeof req.query === 'object') delete (req.query as Record<string, unknown>).uploadEdits
    const data = (args.data ?? {}) as Record<string, unknown>
    args.data = Object.fromEntries(Object.entries(data).filter(([name]) => localizedFields.includes(name)))
    return args
  }
