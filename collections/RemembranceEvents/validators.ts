import type { DateFieldValidation, NumberFieldSingleValidation } from 'payload'
import { date } from 'payload/shared'

import { wholeNumber } from '@/fields/validators'
import { adminT } from '@/i18n/admin'

/** Checks that keep a remembrance event's dates and figures consistent. */

function read(data: unknown, key: string): unknown {
  return data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined
}

/**
 * Payload keeps a day-only date at 12:00 UTC of the chosen day, so the date part of the ISO
 * string is the calendar day; converting it to a time zone could only shift it.
 */
function calendarDay(value: unknown): string | undefined {
  const iso = value instanceof Date ? value.toISOString() : value
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return undefined
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0]
}

export const endNotBeforeStart: DateFieldValidation = async (value, options) => {
  const builtIn = await date(value, options)
  if (builtIn !== true) return builtIn
  const end = calendarDay(value)
  const start = calendarDay(read(options.data, 'startDate'))
  if (!end || !start || end >= start) return true
  return adminT(options.req.i18n)('custom:validation.endBeforeStart')
}

// 29 February is allowed: in other years it is observed on 28 February (lib/anniversary.ts).
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export const dayExistsInMonth: NumberFieldSingleValidation = async (value, options) => {
  const builtIn = await wholeNumber(value, options)
  if (builtIn !== true || typeof value !== 'number') return builtIn
  const month = Number(read(options.siblingData, 'month'))
  // Without a valid month the month field reports the problem itself.
  const days = DAYS_IN_MONTH[month - 1]
  if (days === undefined || value <= days) return true
  return adminT(options.req.i18n)('custom:validation.noSuchDay', { day: value, days })
}

const PARTS_OF_KILLED = ['children', 'women', 'elderly'] as const

export const killedCoversItsParts: NumberFieldSingleValidation = async (value, options) => {
  const builtIn = await wholeNumber(value, options)
  if (builtIn !== true || typeof value !== 'number') return builtIn
  const parts = PARTS_OF_KILLED.map((name) => read(options.siblingData, name)).filter(
    (part): part is number => typeof part === 'number',
  )
  const sum = parts.reduce((total, part) => total + part, 0)
  if (sum <= value) return true
  return adminT(options.req.i18n)('custom:validation.killedExceeded', { sum, killed: value })
}
