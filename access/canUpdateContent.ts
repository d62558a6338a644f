import type { Access } from 'payload'

import { CONTENT_ROLES, hasRole } from './roles'

/**
 * Admins, editors and translators may save changes. What a translator may change is narrowed
 * per field (fields/localizedOnlyForTranslators.ts) and per status (hooks preventing publication).
 */
export const canUpdateContent: Access = ({ req: { user } }) => hasRole(user, CONTENT_ROLES)
