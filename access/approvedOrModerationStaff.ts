import type { Access } from 'payload'

import { MODERATION_ROLES } from './moderationStaff'
import { hasRole } from './roles'

/** Moderators read every review; everyone else only approved ones. */
export const approvedOrModerationStaff: Access = ({ req: { user } }) =>
  hasRole(user, MODERATION_ROLES) || { status: { equals: 'approved' } }
