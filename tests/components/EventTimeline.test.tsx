import { describe, expect, it } from '@jest/globals'
import { screen } from '@testing-library/react'

import type { Locale } from '@/i18n/locales'

import { routerAtRoot } from './outsideNext'

routerAtRoot()

const { EventTimeline } = await import('@/components/EventTimeline')
const { renderInLocale } = await import('./render')

const coverage = [
  { id: 2, title: 'Thirty-third', slug: 'thirty-third', publishedAt: '2025-02-26T08:00:00.000Z' },
  { id: 1, title: 'Twenty-first', slug: 'twenty-first', publishedAt: '2013-02-26T08:00:00.000Z' },
  { id: 3, title: 'Eve of the 33rd', slug: 'eve', publishedAt: '2025-02-25T08:00:00.000Z' },
]
const next = { date: '2027-02-26', number: 35, daysUntil: 87, isToday: false }

function timeline(locale: Locale, items = coverage) {
  const { container } = renderInLocale(
    <EventTimeline headingId="t" name="Khojaly genocide" startDate="1992-02-25T12:00:00.000Z" endDate="1992-02-26T12:00:00.000Z" next={next} coverage={items} />,
    locale,
  )
  // Intl puts thin and no-break spaces in ranges and dates: compared as plain spaces.
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s/g, ' ')
  return [...container.querySelectorAll('.timeline > li')].map((item) => `${text(item.querySelector('h3'))} | ${text(item.querySelector(':scope > p'))}`)
}

describe('EventTimeline', () => {
  it('runs from the event through each covered year (which anniversary) to the coming commemoration', () => {
    expect(timeline('en')).toEqual([
      'February 25 – 26, 1992 | Khojaly genocide',
      '2013 | 21st anniversary',
      '2025 | 33rd anniversary',
      '2027 | 35th anniversary · in 87 days, on February 26, 2027',
    ])
  })

  it.each([
    ['az', ['2013 | 21-ci ildönümü', '2025 | 33-cü ildönümü']],
    ['ru', ['2013 | 21-я годовщина', '2025 | 33-я годовщина']],
  ] as const)('writes the ordinals in %s', (locale, years) => {
    expect(timeline(locale).slice(1, 3)).toEqual(years)
  })

  it("lists a year's coverage under it and does not repeat the coming year when it is already covered", () => {
    renderInLocale(
      <EventTimeline headingId="t" name="Khojaly" startDate="1992-02-25T12:00:00.000Z" next={{ ...next, date: '2025-02-26', number: 33 }} coverage={coverage} />,
      'en',
    )
    expect(screen.getByRole('link', { name: 'Eve of the 33rd' })).toHaveAttribute('href', '/en/news/eve')
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace(/\s/g, ' '))).toEqual(['February 25, 1992', '2013', '2025'])
  })
})
