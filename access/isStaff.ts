import type { PayloadRequest } from 'payload'

import { hasRole, ROLES } from './roles'

/** Any staff account with a known role may open the admin. */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, ROLES)
