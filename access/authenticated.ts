import type { Access } from 'payload'

/** Staff only: any logged-in user of the admin. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
