import type { CollectionBeforeChangeHook } from 'payload'

import { embargoError } from './enforceEmbargo'

type QueuedJob = {
  taskSlug?: string | null
  waitUntil?: string | null
  input?: { type?: string | null; doc?: { relationTo?: string; value?: unknown } | null } | null
}

/**
 * A hook on Payload's jobs collection: scheduling an article's publication for a moment before its embargo
 * is refused when it is queued, not hours later when the job would fail. (The job's own publication is
 * checked again by enforceEmbargo when it runs, in case the embargo was moved since.)
 */
export const refuseScheduleBeforeEmbargo: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const { taskSlug, input, waitUntil } = data as QueuedJob
  if (operation !== 'create' || taskSlug !== 'schedulePublish') return data
  if (input?.type === 'unpublish' || input?.doc?.relationTo !== 'articles' || input.doc.value == null) return data
  // The job stores the id as a string (payloadcms/payload#10481); the schedule task turns it back the same way.
  const idType = req.payload.collections.articles.customIDType ?? req.payload.db.defaultIDType
  const article = await req.payload.findByID({
    collection: 'articles',
    id: idType === 'number' ? Number(input.doc.value) : String(input.doc.value),
    draft: true,
    depth: 0,
    disableErrors: true,
    select: { embargoUntil: true },
    req,
  })
  const embargoUntil = article?.embargoUntil
  const at = waitUntil ? new Date(waitUntil).getTime() : Date.now()
  if (embargoUntil && at < new Date(embargoUntil).getTime()) {
    throw embargoError(req, 'embargo.scheduleEarly', embargoUntil, { collection: 'payload-jobs', path: 'waitUntil' })
  }
  return data
}
