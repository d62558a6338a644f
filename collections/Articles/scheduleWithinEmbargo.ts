import { schedulePublishHandler, type SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { PayloadRequest, ServerFunction } from 'payload'

import { adminT } from '@/i18n/admin'

import { formatEmbargo } from './hooks/enforceEmbargo'

type Schedule = Pick<SchedulePublishHandlerArgs, 'date' | 'doc' | 'type'>

/**
 * Why this publication may not be scheduled for that moment (in the admin's language), or null: an article
 * under embargo cannot be scheduled to publish before the embargo. Exactly at the embargo time is fine.
 */
export async function scheduleRefusal(req: PayloadRequest, { date, doc, type }: Schedule): Promise<string | null> {
  if (type === 'unpublish' || doc?.relationTo !== 'articles' || doc.value == null) return null
  // The admin sends the id as a string (payloadcms/payload#10481); the schedule task turns it back the same way.
  const idType = req.payload.collections.articles.customIDType ?? req.payload.db.defaultIDType
  const article = await req.payload.findByID({
    collection: 'articles',
    id: idType === 'number' ? Number(doc.value) : String(doc.value),
    draft: true,
    depth: 0,
    disableErrors: true,
    select: { embargoUntil: true },
    req,
  })
  const embargoUntil = article?.embargoUntil
  const at = date ? new Date(date).getTime() : Date.now()
  if (!embargoUntil || at >= new Date(embargoUntil).getTime()) return null
  return adminT(req.i18n)('custom:embargo.scheduleEarly', { time: formatEmbargo(req, embargoUntil) })
}

/**
 * The admin's "Schedule publish" (its `schedule-publish` server function, app/(payload)/layout.tsx), refusing a
 * moment before the embargo: no job is queued. Payload's drawer does not show a returned error (3.90), but the
 * refused date does not appear among the upcoming events; and should a job be queued some other way (the Local
 * API), enforceEmbargo refuses its publication when it runs.
 */
export const scheduleWithinEmbargo: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const refusal = await scheduleRefusal(args.req, args)
  if (refusal) return { error: refusal }
  return schedulePublishHandler(args)
}
