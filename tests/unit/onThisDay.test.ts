import { describe, expect, it } from '@jest/globals'

import { coverageByYear } from '@/lib/remembrance/coverageYears'
import { commemoratedOn, dayInYears, monthDayIn, neighbourDays, parseMonthDay, startOfDayIn } from '@/lib/remembrance/onThisDay'

describe('a day of the year in the address', () => {
  it('reads MM-DD of a day that exists in some year, 29 February included', () => {
    expect(parseMonthDay('02-26')).toEqual({ month: 2, day: 26 })
    expect(parseMonthDay('02-29')).toEqual({ month: 2, day: 29 })
    expect(parseMonthDay('12-31')).toEqual({ month: 12, day: 31 })
  })

  it('refuses days no year has and other shapes', () => {
    for (const value of ['02-30', '04-31', '13-01', '00-01', '01-00', '2-26', '0226', '02-26 ', 'foo', '']) expect(parseMonthDay(value)).toBeNull()
  })

  it('names today by the clock in Baku, not the server’s', () => {
    expect(monthDayIn(new Date('2026-02-25T19:59:59Z'), 'Asia/Baku')).toBe('02-25')
    expect(monthDayIn(new Date('2026-02-25T20:00:00Z'), 'Asia/Baku')).toBe('02-26')
  })

  it('steps to the neighbouring days around the year and across 29 February', () => {
    expect(neighbourDays({ month: 1, day: 1 })).toEqual({ previous: '12-31', next: '01-02' })
    expect(neighbourDays({ month: 2, day: 28 })).toEqual({ previous: '02-27', next: '02-29' })
    expect(neighbourDays({ month: 3, day: 1 })).toEqual({ previous: '02-29', next: '03-02' })
  })
})

describe('events commemorated on a day', () => {
  it('matches the commemoration, with 29 February also seen from 28 February', () => {
    expect(commemoratedOn({ month: '2', day: 26 }, { month: 2, day: 26 })).toBe('on')
    expect(commemoratedOn({ month: '2', day: 26 }, { month: 2, day: 25 })).toBeNull()
    expect(commemoratedOn({ month: '2', day: 29 }, { month: 2, day: 29 })).toBe('on')
    expect(commemoratedOn({ month: '2', day: 29 }, { month: 2, day: 28 })).toBe('leapDay')
    expect(commemoratedOn({ month: '2', day: 28 }, { month: 2, day: 29 })).toBeNull()
  })
})

describe('the instants a day spans in past years', () => {
  it('starts a day at midnight in Baku, summer time of the years that had it included', () => {
    expect(startOfDayIn(2026, 2, 26, 'Asia/Baku').toISOString()).toBe('2026-02-25T20:00:00.000Z')
    // Baku kept summer time (UTC+5) until 2015.
    expect(startOfDayIn(2013, 7, 1, 'Asia/Baku').toISOString()).toBe('2013-06-30T19:00:00.000Z')
    expect(startOfDayIn(2013, 2, 26, 'UTC').toISOString()).toBe('2013-02-26T00:00:00.000Z')
  })

  it('gives one range per year, and 29 February only in leap years', () => {
    expect(dayInYears({ month: 2, day: 26 }, 2012, 2014, 'Asia/Baku')).toEqual([
      { from: '2012-02-25T20:00:00.000Z', to: '2012-02-26T20:00:00.000Z' },
      { from: '2013-02-25T20:00:00.000Z', to: '2013-02-26T20:00:00.000Z' },
      { from: '2014-02-25T20:00:00.000Z', to: '2014-02-26T20:00:00.000Z' },
    ])
    expect(dayInYears({ month: 2, day: 29 }, 2019, 2025, 'Asia/Baku').map(({ from }) => from.slice(0, 4))).toEqual(['2020', '2024'])
    expect(dayInYears({ month: 12, day: 31 }, 2025, 2025, 'Asia/Baku')).toEqual([{ from: '2025-12-30T20:00:00.000Z', to: '2025-12-31T20:00:00.000Z' }])
  })
})

describe('coverage by year', () => {
  const item = (id: number, publishedAt: string) => ({ id, publishedAt })

  it('groups by the year in the newsroom’s zone, oldest first, with each year’s anniversary', () => {
    const items = [item(3, '2026-02-26T08:00:00Z'), item(2, '2025-12-31T21:00:00Z'), item(1, '2013-02-26T08:00:00Z')]
    expect(coverageByYear(items, 'Asia/Baku', '1992-02-25T12:00:00.000Z')).toEqual([
      { year: 2013, anniversary: 21, items: [items[2]] },
      // 21:00 UTC on 31 December is 1 January in Baku.
      { year: 2026, anniversary: 34, items: [items[0], items[1]] },
    ])
    expect(coverageByYear(items, 'Asia/Baku').map(({ anniversary }) => anniversary)).toEqual([null, null])
  })
})
