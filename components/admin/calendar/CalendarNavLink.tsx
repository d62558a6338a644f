import type { ServerProps } from 'payload'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { adminT } from '@/i18n/admin'

/** The commemoration calendar's entry in the admin's navigation, for content staff. */
export function CalendarNavLink({ i18n, payload, user }: ServerProps) {
  if (!hasRole(user, CONTENT_ROLES)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/calendar`} id="nav-calendar">
      <span className="nav__link-label">{adminT(i18n)('custom:calendar.nav')}</span>
    </a>
  )
}
