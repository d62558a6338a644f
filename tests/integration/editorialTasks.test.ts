import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { EditorialTask, User } from '@/payload-types'
import { adminTranslations } from '@/i18n/admin'
import { addDays, dayOf, todayIn } from '@/lib/calendar/days'
import { generateEditorialTasks } from '@/lib/calendar/generate'
import { planTasks } from '@/lib/calendar/plan'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
const staff: Partial<Record<User['role'], User>> = {}
const as = (role: User['role']) => ({ user: staff[role], overrideAccess: false })

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  for (const role of ['admin', 'editor', 'translator', 'moderator'] as const) {
    staff[role] = await payload.create({ collection: 'users', data: { name: role, email: `${role}@tasks.test`, password: 'password-123456', role } })
  }
})

afterAll(async () => {
  await close()
})

/** A published event whose next commemoration is `daysAhead` days from today in Baku. */
let count = 0
async function eventIn(daysAhead: number, context: Record<string, unknown> = {}) {
  const day = addDays(todayIn(new Date()), daysAhead)
  return payload.create({
    collection: 'remembrance-events',
    locale: 'az',
    context,
    data: {
      name: `Sınaq hadisəsi ${(count += 1)}`,
      startDate: '1990-01-20T12:00:00.000Z',
      commemoration: { month: String(Number(day.slice(5, 7))), day: Number(day.slice(8)) } as never,
      _status: 'published',
    },
  })
}

const tasksOf = async (event: number) =>
  (await payload.find({ collection: 'editorial-tasks', where: { event: { equals: event } }, depth: 0, pagination: false, sort: 'id' })).docs

const summary = (tasks: EditorialTask[]) => tasks.map((task) => `${task.kind}:${task.locale}:${dayOf(task.dueDate)}`).sort()

async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    return Object.fromEntries(errors.map((e) => [e.path, e.message]))
  }
  return {}
}

describe('editorial tasks', () => {
  it('are made when an event is published: plan 30, translate 7 (en, ru), publish 1 day before, in each language', async () => {
    const event = await eventIn(40)
    const today = todayIn(new Date())
    const anniversary = addDays(today, 40)
    expect(summary(await tasksOf(event.id))).toEqual(
      [
        ...['az', 'en', 'ru'].map((locale) => `plan:${locale}:${addDays(anniversary, -30)}`),
        ...['en', 'ru'].map((locale) => `translate:${locale}:${addDays(anniversary, -7)}`),
        ...['az', 'en', 'ru'].map((locale) => `publish:${locale}:${addDays(anniversary, -1)}`),
      ].sort(),
    )
    expect((await tasksOf(event.id)).every((task) => dayOf(task.anniversaryDate) === anniversary && task.done === false)).toBe(true)
  })

  it('are generated idempotently: twice in a row, and two runs at once, make each task once', async () => {
    const event = await eventIn(50, { disableEditorialTasks: true })
    expect(await tasksOf(event.id)).toHaveLength(0)
    const [first, second] = await Promise.all([generateEditorialTasks(payload), generateEditorialTasks(payload)])
    expect(first.created + second.created).toBeGreaterThanOrEqual(8)
    expect(await tasksOf(event.id)).toHaveLength(8)
    expect(await generateEditorialTasks(payload)).toEqual({ created: 0, updated: 0 })
    expect(new Set((await tasksOf(event.id)).map((task) => task.key)).size).toBe(8)
  })

  it('are due today, not in the past, when the event is published a few days before its anniversary', async () => {
    const event = await eventIn(5)
    const today = todayIn(new Date())
    expect(summary(await tasksOf(event.id))).toEqual(
      [
        ...['az', 'en', 'ru'].map((l) => `plan:${l}:${today}`),
        ...['en', 'ru'].map((l) => `translate:${l}:${today}`),
        ...['az', 'en', 'ru'].map((l) => `publish:${l}:${addDays(today, 4)}`),
      ].sort(),
    )
  })

  it('follow the Baku calendar day, not the server’s: at 23:30 UTC on 25 February it is already the 26th in Baku', () => {
    const khojaly = { id: 1, startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 } }
    // 19:30 UTC on the 25th is 23:30 in Baku: the 2027 anniversary is tomorrow, publish is due today.
    const eve = planTasks(khojaly, new Date('2027-02-25T19:30:00Z'))
    expect(eve.find((task) => task.kind === 'publish' && task.locale === 'az')).toMatchObject({
      anniversaryDate: '2027-02-26',
      dueDate: '2027-02-25',
      key: '1:2027:az:publish',
    })
    // 20:30 UTC on the 25th is 00:30 on the 26th in Baku: the day itself, so the plan moves on to 2028.
    const day = planTasks(khojaly, new Date('2027-02-25T20:30:00Z'))
    expect(day.find((task) => task.kind === 'plan' && task.locale === 'en')).toMatchObject({ anniversaryDate: '2028-02-26', dueDate: '2028-01-27' })
    expect(day).toHaveLength(8)
  })

  it('move with the event when its commemoration day changes, unless done; go when it is deleted', async () => {
    const event = await eventIn(60)
    const [done] = await tasksOf(event.id)
    await payload.update({ collection: 'editorial-tasks', id: done.id, data: { done: true } })
    const moved = addDays(todayIn(new Date()), 61)
    await payload.update({
      collection: 'remembrance-events',
      id: event.id,
      data: { commemoration: { month: String(Number(moved.slice(5, 7))), day: Number(moved.slice(8)) } as never, _status: 'published' },
    })
    const after = await tasksOf(event.id)
    expect(after.filter((task) => task.id !== done.id).every((task) => dayOf(task.anniversaryDate) === moved)).toBe(true)
    expect(dayOf(after.find((task) => task.id === done.id)!.anniversaryDate)).toBe(dayOf(done.anniversaryDate))
    await payload.delete({ collection: 'remembrance-events', id: event.id })
    expect(await tasksOf(event.id)).toHaveLength(0)
  })

  it('refuse a due date before today with a clear field error, and keep the task as it was', async () => {
    const event = await eventIn(45)
    const [task] = await tasksOf(event.id)
    const yesterday = `${addDays(todayIn(new Date()), -1)}T12:00:00.000Z`
    const errors = await fieldErrors(
      payload.update({ collection: 'editorial-tasks', id: task.id, ...as('editor'), data: { dueDate: yesterday, notes: 'kept?' } }),
    )
    expect(errors).toEqual({ dueDate: adminTranslations.az.custom['editorialTasks.dueInPast'] })
    const kept = await payload.findByID({ collection: 'editorial-tasks', id: task.id })
    expect([kept.dueDate, kept.notes ?? null]).toEqual([task.dueDate, null])
    const created = await fieldErrors(
      payload.create({
        collection: 'editorial-tasks',
        ...as('editor'),
        data: { event: event.id, kind: 'plan', locale: 'az', anniversaryDate: `${addDays(todayIn(new Date()), 400)}T12:00:00.000Z`, dueDate: yesterday },
      }),
    )
    expect(created.dueDate).toBe(adminTranslations.az.custom['editorialTasks.dueInPast'])
  })

  it('let editors assign and mark done; translators see translation tasks and their own, and only mark them done', async () => {
    const event = await eventIn(70)
    const tasks = await tasksOf(event.id)
    const plan = tasks.find((task) => task.kind === 'plan' && task.locale === 'en')!
    const translate = tasks.find((task) => task.kind === 'translate' && task.locale === 'ru')!

    const seen = async () => (await payload.find({ collection: 'editorial-tasks', where: { event: { equals: event.id } }, depth: 0, ...as('translator') })).docs
    expect((await seen()).map((task) => task.kind).sort()).toEqual(['translate', 'translate'])
    await expect(payload.update({ collection: 'editorial-tasks', id: plan.id, ...as('translator'), data: { done: true } })).rejects.toMatchObject({
      status: 403,
    })

    await payload.update({ collection: 'editorial-tasks', id: plan.id, ...as('editor'), data: { assignee: staff.translator!.id } })
    expect((await seen()).map((task) => task.id)).toContain(plan.id)

    const marked = await payload.update({
      collection: 'editorial-tasks',
      id: translate.id,
      ...as('translator'),
      data: { done: true, dueDate: `${addDays(todayIn(new Date()), 90)}T12:00:00.000Z` },
    })
    expect([marked.done, dayOf(marked.dueDate), typeof marked.doneBy === 'object' ? marked.doneBy?.id : marked.doneBy]).toEqual([
      true,
      dayOf(translate.dueDate),
      staff.translator!.id,
    ])
    expect(marked.doneAt).toBeTruthy()

    const refused = await fieldErrors(payload.update({ collection: 'editorial-tasks', id: plan.id, ...as('editor'), data: { assignee: staff.moderator!.id } }))
    expect(refused.assignee).toBe(adminTranslations.az.custom['editorialTasks.assigneeNotContentStaff'])

    await expect(
      payload.create({
        collection: 'editorial-tasks',
        ...as('translator'),
        data: { event: event.id, kind: 'plan', locale: 'az', anniversaryDate: plan.anniversaryDate, dueDate: plan.dueDate },
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'editorial-tasks', id: translate.id, ...as('translator') })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'editorial-tasks', ...as('moderator') })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'editorial-tasks', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    expect((await payload.find({ collection: 'editorial-tasks', where: { event: { equals: event.id } }, ...as('editor') })).totalDocs).toBe(8)
  })

  it('refuse a second task of the same event, year, language and kind', async () => {
    const event = await eventIn(80)
    const [task] = await tasksOf(event.id)
    const errors = await fieldErrors(
      payload.create({
        collection: 'editorial-tasks',
        ...as('editor'),
        data: { event: event.id, kind: task.kind, locale: task.locale, anniversaryDate: task.anniversaryDate, dueDate: task.dueDate },
      }),
    )
    expect(errors).toEqual({ kind: adminTranslations.az.custom['editorialTasks.duplicate'] })
  })
})
