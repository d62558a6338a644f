import type { Payload, PayloadRequest } from 'payload'

import { dayOf, noonUtc } from './days'
import { planTasks, type PlannedEvent, type PlannedTask } from './plan'

export type GenerationResult = { created: number; updated: number }

type Options = { now?: Date; req?: PayloadRequest; events?: PlannedEvent[] }

/**
 * Makes the editorial tasks of each published remembrance event's next anniversary (lib/calendar/plan.ts).
 * Idempotent: a task is found by its key (event, year, language, kind) and made only when missing; one left
 * open moves with its event's commemoration day, a done one stays as it was. The bookkeeping is the system's
 * (an event's publication, the daily job), not a user's act, so it reads and writes with access off.
 */
export async function generateEditorialTasks(payload: Payload, { now = new Date(), req, events }: Options = {}): Promise<GenerationResult> {
  const result: GenerationResult = { created: 0, updated: 0 }
  for (const event of events ?? (await publishedEvents(payload, req))) {
    for (const task of planTasks(event, now)) {
      const outcome = await ensureTask(payload, event, task, req)
      if (outcome) result[outcome] += 1
    }
  }
  return result
}

async function publishedEvents(payload: Payload, req?: PayloadRequest): Promise<PlannedEvent[]> {
  const { docs } = await payload.find({
    collection: 'remembrance-events',
    where: { _status: { equals: 'published' } },
    select: { startDate: true, commemoration: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

async function findTask(payload: Payload, key: string, req?: PayloadRequest) {
  const { docs } = await payload.find({ collection: 'editorial-tasks', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })
  return docs[0]
}

async function ensureTask(payload: Payload, event: PlannedEvent, task: PlannedTask, req?: PayloadRequest): Promise<'created' | 'updated' | undefined> {
  const existing = await findTask(payload, task.key, req)
  if (existing) {
    if (existing.done || (dayOf(existing.anniversaryDate) === task.anniversaryDate && dayOf(existing.dueDate) === task.dueDate)) return undefined
    await payload.update({
      collection: 'editorial-tasks',
      id: existing.id,
      data: { anniversaryDate: noonUtc(task.anniversaryDate), dueDate: noonUtc(task.dueDate) },
      overrideAccess: true,
      req,
    })
    return 'updated'
  }
  try {
    await payload.create({
      collection: 'editorial-tasks',
      // Numbers on SQLite, strings on MongoDB: passed through as the adapter gave them.
      data: { event: event.id as number, locale: task.locale, kind: task.kind, anniversaryDate: noonUtc(task.anniversaryDate), dueDate: noonUtc(task.dueDate) },
      overrideAccess: true,
      req,
    })
    return 'created'
  } catch (error) {
    // Another instance (or run) made it between the look-up and the insert: the unique key kept it single.
    if (await findTask(payload, task.key, req)) return undefined
    throw error
  }
}
