import type { Access } from 'payload'

import { CONTENT_ROLES, hasRole } from './roles'

/** Admins, editors and translators (e.g. to read disabled social links). */
export const contentStaff: Access = ({ req: { user } }) => hasRole(user, CONTENT_ROLES)
