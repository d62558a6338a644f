import type { ServerProps } from 'payload'

import { CONTENT_ROLES, hasRole } from '@/access/roles'

import { adminT } from '@/i18n/admin'

/** The translator dashboard's entry in the admin's navigation, for content staff. */
export function TranslationsNavLink({ i18n, payload, user }: ServerProps) {
  if (!hasRole(user, CONTENT_ROLES)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/translations`} id="nav-translations">
      <span className="nav__link-label">{adminT(i18n)('custom:translations.nav')}</span>
    </a>
  )
}
