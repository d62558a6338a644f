import type { Access, FieldAccess } from 'payload'

import { EDITING_ROLES, hasRole } from './roles'

/** Admins and editors: create, delete, publish, and change non-localized fields. */
export const canEditContent: Access = ({ req: { user } }) => hasRole(user, EDITING_ROLES)

export const canEditContentField: FieldAccess = ({ req: { user } }) => hasRole(user, EDITING_ROLES)
