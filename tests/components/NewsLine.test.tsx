import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { screen, within } from '@testing-library/react'

import type { Locale } from '@/i18n/locales'

import { routerAtRoot } from './outsideNext'

routerAtRoot()

const { NewsLine } = await import('@/components/NewsLine')
const { renderInLocale } = await import('./render')

// 14:00 on 25 November 2026 in Baku (UTC+4).
const NOW = new Date('2026-11-25T10:00:00.000Z')

const items = [
  { id: 1, title: 'Parlament iclası başladı', slug: 'parlament-iclasi', publishedAt: '2026-11-25T08:38:00.000Z' },
  // Still 24 November in UTC, already 25 November (01:30) in Baku: today.
  { id: 2, title: 'Gecə xəbəri', slug: 'gece-xeberi', publishedAt: '2026-11-24T21:30:00.000Z' },
  // 23:59 on 24 November in Baku: yesterday.
  { id: 3, title: 'Dünənki xəbər', slug: 'dunenki-xeber', publishedAt: '2026-11-24T19:59:00.000Z' },
  { id: 4, title: 'Keçən ilin xəbəri', slug: 'kecen-ilin-xeberi', publishedAt: '2025-02-26T08:00:00.000Z' },
]

function times(locale: Locale, heading: string) {
  renderInLocale(<NewsLine items={items} />, locale)
  const section = screen.getByRole('region', { name: heading })
  return within(section)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('time')?.textContent?.replace(/\s/g, ' '))
}

beforeEach(() => {
  // Only the clock: Testing Library's own timers stay real.
  jest.useFakeTimers({
    now: NOW,
    doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'nextTick', 'setImmediate', 'clearImmediate'],
  })
})

afterEach(() => {
  jest.useRealTimers()
})

describe('NewsLine', () => {
  it('links each headline to its article under the current locale, with its publication time', () => {
    renderInLocale(<NewsLine items={items} />, 'az')
    const section = screen.getByRole('region', { name: 'Xəbər lenti' })
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Xəbər lenti')
    const [first] = within(section).getAllByRole('listitem')
    expect(within(first).getByRole('link', { name: 'Parlament iclası başladı' })).toHaveAttribute('href', '/az/news/parlament-iclasi')
    const time = first.querySelector('time')
    expect(time).toHaveAttribute('dateTime', '2026-11-25T08:38:00.000Z')
    expect(time).toHaveTextContent('12:38')
  })

  it.each([
    ['az', 'Xəbər lenti', ['12:38', '01:30', '24 noy, 23:59', '26 fev 2025, 12:00']],
    ['en', 'News line', ['12:38 PM', '1:30 AM', 'Nov 24, 11:59 PM', 'Feb 26, 2025, 12:00 PM']],
    ['ru', 'Лента новостей', ['12:38', '01:30', '24 нояб., 23:59', '26 февр. 2025 г., 12:00']],
  ] as const)('in %s shows only the time for today in Baku, else the date too (the year when not this one)', (locale, heading, expected) => {
    expect(times(locale, heading)).toEqual(expected)
  })

  it('renders nothing without headlines', () => {
    const { container } = renderInLocale(<NewsLine items={[]} />, 'en')
    expect(container).toBeEmptyDOMElement()
  })
})
