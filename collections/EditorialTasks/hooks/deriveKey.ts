import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { adminT } from '@/i18n/admin'
import type { Locale } from '@/i18n/locales'
import { dayOf } from '@/lib/calendar/days'
import { taskKey, type TaskKind } from '@/lib/calendar/plan'

type Keyed = { event?: number | { id: number } | null; anniversaryDate?: string | null; locale?: Locale | null; kind?: TaskKind | null; key?: string | null }

/**
 * Every task, generated or added by hand, carries the key of its event, anniversary year, language and kind,
 * under a unique index: a second "translate into English" for the same anniversary is refused here with a
 * message, and by the index when two instances race (lib/calendar/generate.ts expects that).
 */
export const deriveKey: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...(originalDoc as Keyed | undefined), ...(data as Keyed) }
  const event = typeof merged.event === 'object' && merged.event ? merged.event.id : merged.event
  if (!event || !merged.anniversaryDate || !merged.locale || !merged.kind) return data
  const key = taskKey(event, dayOf(merged.anniversaryDate).slice(0, 4), merged.locale, merged.kind)
  const self = operation === 'update' ? (originalDoc as { id?: number } | undefined)?.id : undefined
  const taken = await req.payload.find({
    collection: 'editorial-tasks',
    where: { key: { equals: key }, ...(self === undefined ? {} : { id: { not_equals: self } }) },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (taken.docs.length > 0) {
    throw new ValidationError(
      { collection: 'editorial-tasks', errors: [{ path: 'kind', message: adminT(req.i18n)('custom:editorialTasks.duplicate') }] },
      req.t,
    )
  }
  return { ...data, key }
}
