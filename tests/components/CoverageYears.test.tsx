import { describe, expect, it } from '@jest/globals'

import { routerAtRoot } from './outsideNext'

routerAtRoot()

const { CoverageYears } = await import('@/components/CoverageYears')
const { renderInLocale } = await import('./render')

const coverage = [
  { id: 2, title: 'Thirty-third', slug: 'thirty-third', publishedAt: '2025-02-26T08:00:00.000Z' },
  { id: 1, title: 'Twenty-first', slug: 'twenty-first', publishedAt: '2013-02-26T08:00:00.000Z' },
]

describe('CoverageYears', () => {
  const headings = (container: HTMLElement) => [...container.querySelectorAll('h4, h3')].map((heading) => heading.textContent)

  it('lists the latest year first, each with its anniversary in the page’s language', () => {
    const startDate = '1992-02-25T12:00:00.000Z'
    expect(headings(renderInLocale(<CoverageYears items={coverage} startDate={startDate} level="h4" />, 'az').container)).toEqual([
      '2025 · 33-cü ildönümü',
      '2013 · 21-ci ildönümü',
    ])
    expect(headings(renderInLocale(<CoverageYears items={coverage} startDate={startDate} level="h4" />, 'ru').container)).toEqual([
      '2025 · 33-я годовщина',
      '2013 · 21-я годовщина',
    ])
  })

  it('shows the years alone for articles of no event', () => {
    const { container } = renderInLocale(<CoverageYears items={coverage} level="h3" />, 'en')
    expect(headings(container)).toEqual(['2025', '2013'])
    expect(container.querySelector('a[href="/en/news/twenty-first"]')?.textContent).toBe('Twenty-first')
  })
})
