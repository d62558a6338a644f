/** Coverage of an event by the year it was published in (the newsroom's zone), with that year's anniversary. */

import { anniversaryNumber } from '@/lib/anniversary'

export type YearOfCoverage<T> = { year: number; anniversary: number | null; items: T[] }

/**
 * Items grouped by their publication year in the zone, oldest year first (a timeline reads forwards); each year
 * keeps the items' order. With the event's start date, `anniversary` is that year's (0 in the event's own year).
 */
export function coverageByYear<T extends { publishedAt: string }>(items: T[], timeZone: string, startDate?: string): YearOfCoverage<T>[] {
  const yearOf = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone })
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const year = Number(yearOf.format(new Date(item.publishedAt)))
    groups.set(year, [...(groups.get(year) ?? []), item])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ year, anniversary: startDate ? anniversaryNumber(startDate, year) : null, items: list }))
}
