import { describe, expect, it } from '@jest/globals'

import { anniversaryNumber, calendarDateIn, currentOrNextAnniversary } from '@/lib/anniversary'

// The Khojaly genocide: the night of 25 to 26 February 1992, commemorated on 26 February.
const KHOJALY_START = '1992-02-25'
const KHOJALY_DAY = { month: '2', day: 26 }

describe('anniversaryNumber', () => {
  it('counts years from the year the event happened', () => {
    expect(anniversaryNumber('1992-02-25', 2013)).toBe(21)
    expect(anniversaryNumber('1992-02-25T12:00:00.000Z', 2026)).toBe(34)
  })

  it('reads the day Payload stored, not a shifted one, at the turn of the year', () => {
    // Day-only dates are kept at 12:00 UTC; 31 December stays in its own year.
    expect(anniversaryNumber('1990-12-31T12:00:00.000Z', 2026)).toBe(36)
  })

  it('rejects something that is not a date', () => {
    expect(() => anniversaryNumber('26 February 1992', 2026)).toThrow(RangeError)
    expect(() => anniversaryNumber('1992-13-45', 2026)).toThrow(RangeError)
  })
})

describe('calendarDateIn', () => {
  it('gives the date in the time zone, not the server’s', () => {
    const lateEvening = new Date('2026-02-24T23:30:00Z')
    expect(calendarDateIn(lateEvening, 'Asia/Baku')).toEqual({ year: 2026, month: 2, day: 25 })
    expect(calendarDateIn(lateEvening, 'UTC')).toEqual({ year: 2026, month: 2, day: 24 })
  })
})

describe('currentOrNextAnniversary', () => {
  it('looks ahead to next year once this year’s date has passed', () => {
    expect(currentOrNextAnniversary(KHOJALY_START, KHOJALY_DAY, new Date('2026-11-25T12:00:00Z'))).toEqual({
      date: '2027-02-26',
      number: 35,
      daysUntil: 93,
      isToday: false,
    })
  })

  it('is today on 26 February in Baku', () => {
    expect(currentOrNextAnniversary(KHOJALY_START, KHOJALY_DAY, new Date('2026-02-26T09:00:00Z'))).toEqual({
      date: '2026-02-26',
      number: 34,
      daysUntil: 0,
      isToday: true,
    })
  })

  it('stays today until midnight in Baku, not in UTC', () => {
    // 23:59 on the 26th in Baku.
    const lastMinute = currentOrNextAnniversary(KHOJALY_START, KHOJALY_DAY, new Date('2026-02-26T19:59:00Z'))
    expect(lastMinute).toMatchObject({ isToday: true, daysUntil: 0 })
    // 00:00 on the 27th in Baku, still the 26th in UTC: it is next year's already.
    const nextDay = currentOrNextAnniversary(KHOJALY_START, KHOJALY_DAY, new Date('2026-02-26T20:00:00Z'))
    expect(nextDay).toMatchObject({ date: '2027-02-26', number: 35, daysUntil: 364, isToday: false })
  })

  it('turns at midnight in Baku (UTC+4): 00:30 on the 26th is the day, 23:30 on the 25th is not', () => {
    const justAfterMidnight = new Date('2026-02-25T20:30:00Z')
    expect(currentOrNextAnniversary(KHOJALY_START, KHOJALY_DAY, justAfterMidnight)).toMatchObject({
      date: '2026-02-26',
      isToday: true,
      daysUntil: 0,
    })
    const justBeforeMidnight = new Date('2026-02-25T19:30:00Z')
    expect(currentOrNextAnniversary(KHOJALY_START, KHOJALY_DAY, justBeforeMidnight)).toEqual({
      date: '2026-02-26',
      number: 34,
      daysUntil: 1,
      isToday: false,
    })
  })

  it('uses the time zone it is given', () => {
    const justAfterBakuMidnight = new Date('2026-02-25T20:30:00Z')
    expect(currentOrNextAnniversary(KHOJALY_START, KHOJALY_DAY, justAfterBakuMidnight, 'UTC')).toMatchObject({
      isToday: false,
      daysUntil: 1,
    })
  })

  it('observes 29 February on 28 February in years without one', () => {
    const leapDay = { month: 2, day: 29 }
    expect(currentOrNextAnniversary('2000-02-29', leapDay, new Date('2026-01-10T12:00:00Z'))).toEqual({
      date: '2026-02-28',
      number: 26,
      daysUntil: 49,
      isToday: false,
    })
    expect(currentOrNextAnniversary('2000-02-29', leapDay, new Date('2027-02-28T06:00:00Z'))).toMatchObject({
      date: '2027-02-28',
      isToday: true,
    })
    expect(currentOrNextAnniversary('2000-02-29', leapDay, new Date('2027-03-01T06:00:00Z'))).toMatchObject({
      date: '2028-02-29',
      number: 28,
      daysUntil: 365,
    })
  })

  it('counts a date range from the year it began, even across New Year', () => {
    // Khojaly itself: began on the 25th, commemorated on the 26th.
    expect(currentOrNextAnniversary(KHOJALY_START, KHOJALY_DAY, new Date('2013-02-26T08:00:00Z'))).toMatchObject({
      number: 21,
      isToday: true,
    })
    // An invented range from 30 December 1990 to 2 January 1991, commemorated on 2 January.
    expect(currentOrNextAnniversary('1990-12-30', { month: 1, day: 2 }, new Date('2026-01-02T10:00:00Z'))).toEqual({
      date: '2026-01-02',
      number: 36,
      daysUntil: 0,
      isToday: true,
    })
  })

  it('never reports the event’s own day as an anniversary', () => {
    expect(currentOrNextAnniversary('2026-02-26', KHOJALY_DAY, new Date('2026-02-26T12:00:00Z'))).toMatchObject({
      date: '2027-02-26',
      number: 1,
      daysUntil: 365,
    })
  })

  it('rejects a commemoration date that does not exist', () => {
    expect(() => currentOrNextAnniversary(KHOJALY_START, { month: 2, day: 30 }, new Date())).toThrow(RangeError)
    expect(() => currentOrNextAnniversary(KHOJALY_START, { month: '13', day: 1 }, new Date())).toThrow(RangeError)
  })
})
