import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { generateEditorialTasks } from '@/lib/calendar/generate'
import type { PlannedEvent } from '@/lib/calendar/plan'

/** Publishing an event (or changing a published one) plans its next anniversary's tasks at once. */
export const planEditorialTasks: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context.disableEditorialTasks || (doc as { _status?: string })._status !== 'published') return doc
  await generateEditorialTasks(req.payload, { req, events: [doc as PlannedEvent] })
  return doc
}

/** A deleted event's tasks go first (a task must name its event, and would have nothing to cover). */
export const removeEditorialTasks: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'editorial-tasks', where: { event: { equals: id } }, overrideAccess: true, req })
}
