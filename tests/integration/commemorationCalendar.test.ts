import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { RemembranceEvent, User } from '@/payload-types'
import { myOpenTasks, nextCommemorations } from '@/lib/calendar/attention'
import { addDays, startOfDayIn, todayIn } from '@/lib/calendar/days'
import { loadCalendarMonth } from '@/lib/calendar/month'
import { planTasks } from '@/lib/calendar/plan'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
const staff: Partial<Record<User['role'], User>> = {}
let khojaly: RemembranceEvent
const NOW = new Date()
/** The anniversary the tasks are for (26 February 2027 when this was written), its month and its 00:00 in Baku. */
let anniversary: string
let month: string
let MIDNIGHT: string

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  for (const role of ['admin', 'translator'] as const) {
    staff[role] = await payload.create({
      collection: 'users',
      data: { name: `${role} name`, email: `${role}@calendar.test`, password: 'password-123456', role },
    })
  }
  khojaly = await payload.create({
    collection: 'remembrance-events',
    locale: 'en',
    data: { name: 'Khojaly genocide', startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 }, _status: 'published' },
  })
  anniversary = planTasks(khojaly, NOW)[0].anniversaryDate
  month = anniversary.slice(0, 7)
  MIDNIGHT = startOfDayIn(anniversary).toISOString()
})

afterAll(async () => {
  await close()
})

describe('the commemoration calendar', () => {
  it('starts a Baku day at 00:00 Baku time (20:00 UTC the day before)', () => {
    expect(startOfDayIn('2027-02-26', 'Asia/Baku').toISOString()).toBe('2027-02-25T20:00:00.000Z')
    expect(startOfDayIn('2027-03-28', 'Europe/Berlin').toISOString()).toBe('2027-03-27T23:00:00.000Z')
  })

  it('shows the month’s commemoration with its 00:00-Baku moment and what is scheduled and embargoed for it', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Khojaly, the anniversary', embargoUntil: MIDNIGHT, _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: article.id } },
      waitUntil: new Date(MIDNIGHT),
    })
    const calendar = await loadCalendarMonth(payload, staff.admin!, month, 'en', NOW, '/admin')
    const [day] = calendar.commemorations
    expect([day.event.name, day.date, day.number, day.midnight]).toEqual(['Khojaly genocide', anniversary, Number(anniversary.slice(0, 4)) - 1992, MIDNIGHT])
    expect(day.atMidnight.map((item) => [item.kind, item.title]).sort()).toEqual([
      ['embargo', 'Khojaly, the anniversary'],
      ['scheduled', 'Khojaly, the anniversary'],
    ])
    expect(calendar.scheduled).toEqual([
      { at: MIDNIGHT, action: 'publish', locale: undefined, title: 'Khojaly, the anniversary', href: `/admin/collections/articles/${article.id}` },
    ])
    expect(calendar.embargoes.map((item) => item.until)).toEqual([MIDNIGHT])
  })

  it('lists the tasks for the anniversary in each language, and marks an overdue one', async () => {
    const { docs } = await payload.find({
      collection: 'editorial-tasks',
      where: { and: [{ event: { equals: khojaly.id } }, { kind: { equals: 'plan' } }, { locale: { equals: 'ru' } }] },
    })
    // Time passes: the adapter writes the past date directly (staff could not set it), as if the day had gone by.
    await payload.db.updateOne({ collection: 'editorial-tasks', id: docs[0].id, data: { dueDate: `${addDays(todayIn(NOW), -1)}T12:00:00.000Z` } })
    const calendar = await loadCalendarMonth(payload, staff.admin!, month, 'en', NOW, '/admin')
    const tasks = calendar.tasks.filter((task) => task.event.id === khojaly.id)
    expect(tasks.map((task) => `${task.kind}:${task.locale}`).sort()).toEqual([
      'plan:az',
      'plan:en',
      'plan:ru',
      'publish:az',
      'publish:en',
      'publish:ru',
      'translate:en',
      'translate:ru',
    ])
    expect(tasks.filter((task) => task.overdue).map((task) => `${task.kind}:${task.locale}`)).toEqual(['plan:ru'])
    expect(calendar.canAssign).toBe(true)
    expect(calendar.staff.map((member) => member.name).sort()).toEqual(['admin name', 'translator name'])
  })

  it('shows a translator the translation tasks and their own, with nothing to assign', async () => {
    const calendar = await loadCalendarMonth(payload, staff.translator!, month, 'en', NOW, '/admin')
    expect(calendar.tasks.map((task) => task.kind)).toEqual(['translate', 'translate'])
    expect([calendar.canAssign, calendar.staff]).toEqual([false, []])
  })

  it('puts a staff member’s open tasks on their dashboard, the overdue first, and the next commemorations', async () => {
    const { docs } = await payload.find({ collection: 'editorial-tasks', where: { event: { equals: khojaly.id } }, sort: 'dueDate', pagination: false })
    for (const task of docs.filter((doc) => doc.kind !== 'publish')) {
      await payload.update({ collection: 'editorial-tasks', id: task.id, data: { assignee: staff.translator!.id } })
    }
    const mine = await myOpenTasks(payload, staff.translator!, 'en', NOW)
    expect(mine[0]).toMatchObject({ kind: 'plan', locale: 'ru', overdue: true, eventName: 'Khojaly genocide' })
    expect(mine.slice(1).every((task) => !task.overdue)).toBe(true)
    expect(mine).toHaveLength(5)
    const [next] = await nextCommemorations(payload, staff.translator!, 'en', NOW, '/admin')
    expect(next).toMatchObject({ name: 'Khojaly genocide', href: `/admin/calendar?month=${next.date.slice(0, 7)}` })
  })

  it('keeps the longest-standing commemoration of a day on the dashboard when events added since share its day', async () => {
    for (let i = 0; i < 3; i++) {
      await payload.create({
        collection: 'remembrance-events',
        locale: 'en',
        data: { name: `Added later ${i}`, startDate: '1992-02-25T12:00:00.000Z', commemoration: { month: '2', day: 26 }, _status: 'published' },
      })
    }
    const listed = await nextCommemorations(payload, staff.translator!, 'en', NOW, '/admin')
    expect(listed).toHaveLength(3)
    expect(listed[0]).toMatchObject({ id: khojaly.id, name: 'Khojaly genocide' })
  })
})
