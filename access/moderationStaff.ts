import type { Access, FieldAccess } from 'payload'

import { hasRole, type Role } from './roles'

/** Roles that moderate reader reviews. Translators work on content only and never see readers' details. */
export const MODERATION_ROLES: readonly Role[] = ['admin', 'editor', 'moderator']

export const moderationStaff: Access = ({ req: { user } }) => hasRole(user, MODERATION_ROLES)

/** For fields only moderators may see or set: e-mail, IP hash, status, flags, moderation notes. */
export const moderationStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, MODERATION_ROLES)
