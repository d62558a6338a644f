/** Newsroom roles. Readers have no accounts; every account is staff with exactly one role. */
export const ROLES = ['admin', 'editor', 'translator', 'moderator'] as const

export type Role = (typeof ROLES)[number]

/** Roles that work on articles, events and the rest of the content. */
export const CONTENT_ROLES: readonly Role[] = ['admin', 'editor', 'translator']

/** Roles that may create, publish, unpublish and delete content and change its non-localized fields. */
export const EDITING_ROLES: readonly Role[] = ['admin', 'editor']

export function roleOf(user: unknown): Role | undefined {
  if (!user || typeof user !== 'object' || !('role' in user)) return undefined
  const { role } = user as { role: unknown }
  return (ROLES as readonly unknown[]).includes(role) ? (role as Role) : undefined
}

export function hasRole(user: unknown, roles: readonly Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && roles.includes(role)
}
