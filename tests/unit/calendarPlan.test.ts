import { describe, expect, it } from '@jest/globals'

import { addDays, dayOf, monthBounds, parseMonth, startOfDayIn, todayIn } from '@/lib/calendar/days'
import { planTasks } from '@/lib/calendar/plan'

describe('calendar days', () => {
  it('reckon today in Baku: 20:30 UTC on 25 February is the 26th there', () => {
    expect(todayIn(new Date('2027-02-25T20:30:00Z'), 'Asia/Baku')).toBe('2027-02-26')
    expect(todayIn(new Date('2027-02-25T19:30:00Z'), 'Asia/Baku')).toBe('2027-02-25')
  })

  it('add days across months and leap years, and read a stored day-only date as its day', () => {
    expect([addDays('2028-03-01', -1), addDays('2027-02-26', -30), addDays('2026-12-31', 1)]).toEqual(['2028-02-29', '2027-01-27', '2027-01-01'])
    expect(dayOf('2027-02-19T12:00:00.000Z')).toBe('2027-02-19')
  })

  it('take a well-formed ?month= or fall back to the current month in Baku', () => {
    const now = new Date('2026-12-31T21:00:00Z')
    expect([parseMonth('2027-02', now), parseMonth('2027-13', now), parseMonth(['2027-02'], now), parseMonth(undefined, now)]).toEqual([
      '2027-02',
      '2027-01',
      '2027-01',
      '2027-01',
    ])
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', next: '2027-01-01' })
  })

  it('start a day at the zone’s own midnight', () => {
    expect(startOfDayIn('2027-02-26', 'Asia/Baku').toISOString()).toBe('2027-02-25T20:00:00.000Z')
    expect(startOfDayIn('2027-07-01', 'Europe/Berlin').toISOString()).toBe('2027-06-30T22:00:00.000Z')
  })
})

describe('planTasks', () => {
  it('observes 29 February on the 28th in a common year, and plans nothing without a commemoration', () => {
    const tasks = planTasks(
      { id: 7, startDate: '2000-02-29T12:00:00.000Z', commemoration: { month: '2', day: 29 } },
      new Date('2026-12-01T08:00:00Z'),
      'Asia/Baku',
    )
    expect(new Set(tasks.map((task) => task.anniversaryDate))).toEqual(new Set(['2027-02-28']))
    expect(tasks.map((task) => task.key)).toContain('7:2027:ru:translate')
    expect(tasks.some((task) => task.kind === 'translate' && task.locale === 'az')).toBe(false)
    expect(planTasks({ id: 8, startDate: '2000-01-01T12:00:00.000Z', commemoration: null }, new Date(), 'Asia/Baku')).toEqual([])
  })
})
