import type { DateFieldValidation, RelationshipFieldSingleValidation } from 'payload'
import { date } from 'payload/shared'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { adminT } from '@/i18n/admin'
import { dayOf, todayIn } from '@/lib/calendar/days'
import { relationId } from '@/lib/calendar/relation'

/**
 * A new or changed due date may not lie before today in the newsroom's time zone. A task kept as it was
 * (marked done a week late, say) keeps its date: being overdue is what the calendar shows, not an error.
 */
export const dueNotInPast: DateFieldValidation = async (value, options) => {
  const builtIn = await date(value, options)
  if (builtIn !== true || !value) return builtIn
  if (options.previousValue && dayOf(options.previousValue) === dayOf(value)) return true
  if (dayOf(value) >= todayIn(new Date())) return true
  return adminT(options.req.i18n)('custom:editorialTasks.dueInPast')
}

/** Tasks go to content staff (admins, editors, translators); a moderator's account is refused by name. */
export const assigneeIsContentStaff: RelationshipFieldSingleValidation = async (value, { req }) => {
  if (value === null || value === undefined) return true
  const id = relationId(value)
  // The staff member's role, read by the system: editors may assign colleagues whose accounts they cannot open.
  const user = await req.payload.findByID({
    collection: 'users',
    id: id as number,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select: { role: true },
  })
  if (user && hasRole(user, CONTENT_ROLES)) return true
  return adminT(req.i18n)('custom:editorialTasks.assigneeNotContentStaff')
}
