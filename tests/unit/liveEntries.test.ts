import { describe, expect, it } from '@jest/globals'

import { applyUpdate, entryTime, orderEntries, parseSince, type LiveEntryView } from '@/lib/live/entries'

const entry = (id: string, postedAt: string, extra: Partial<LiveEntryView> = {}): LiveEntryView => ({
  id,
  postedAt,
  time: '',
  updatedAt: postedAt,
  headline: null,
  text: id,
  keyEvent: false,
  pinned: false,
  author: null,
  image: null,
  ...extra,
})

describe('live entries', () => {
  it('dates an entry in each language in the newsroom’s zone, in words browsers without the language cannot produce', () => {
    const moment = '2026-02-26T10:15:00.000Z'
    expect(entryTime(moment, 'az', 'Asia/Baku')).toBe('26 fev, 14:15')
    expect(entryTime(moment, 'ru', 'Asia/Baku')).toBe('26 февр., 14:15')
    expect(entryTime(moment, 'en', 'Asia/Baku')).toMatch(/^Feb 26, 0?2:15\s?PM$/)
  })

  it('puts the newest pinned entry first, then the others newest first, and applies updates in that order', () => {
    const entries = [entry('1', '2026-02-26T06:00:00Z', { pinned: true }), entry('2', '2026-02-26T07:00:00Z'), entry('3', '2026-02-26T08:00:00Z', { pinned: true })]
    expect(orderEntries(entries).map((e) => e.id)).toEqual(['3', '2', '1'])
    const updated = applyUpdate(entries, { ids: ['1', '3', '4'], entries: [entry('4', '2026-02-26T09:00:00Z')] })
    expect(updated.map((e) => e.id)).toEqual(['3', '4', '1'])
  })

  it('refuses a malformed `since`', () => {
    expect(parseSince('yesterday')).toBeNull()
    expect(parseSince('2026-02-26T10:15:00+04:00')).toEqual({ since: '2026-02-26T06:15:00.000Z' })
    expect(parseSince(undefined)).toEqual({ since: undefined })
  })
})
