import { describe, expect, it } from '@jest/globals'
import { screen } from '@testing-library/react'

import type { ArticleSummary } from '@/lib/data/articles'

import { routerAtRoot } from './outsideNext'

routerAtRoot()

const { ArticleList } = await import('@/components/ArticleList')
const { renderInLocale } = await import('./render')

const articles: ArticleSummary[] = [
  {
    id: 1,
    title: 'Xocalı soyqırımının 21-ci ildönümü',
    slug: 'xocali-soyqiriminin-21-ci-ildonumu',
    publishedAt: '2013-02-26T08:00:00.000Z',
    standfirst: 'Azərbaycan Xocalı faciəsi qurbanlarını anır.',
  },
  { id: 2, title: 'Second', slug: 'second', publishedAt: null, standfirst: null },
]

describe('ArticleList', () => {
  it('links each headline to its article under the current locale', () => {
    renderInLocale(<ArticleList articles={articles} />, 'az')
    expect(screen.getByRole('link', { name: 'Xocalı soyqırımının 21-ci ildönümü' })).toHaveAttribute(
      'href',
      '/az/news/xocali-soyqiriminin-21-ci-ildonumu',
    )
    expect(screen.getByRole('link', { name: 'Second' })).toHaveAttribute('href', '/az/news/second')
  })

  it.each([
    ['az', '26 fevral 2013'],
    ['en', 'February 26, 2013'],
    ['ru', '26 февраля 2013 г.'],
  ] as const)('writes the date in the %s format, in Baku time', (locale, expected) => {
    renderInLocale(<ArticleList articles={articles} />, locale)
    const time = screen.getByText(expected)
    expect(time.tagName).toBe('TIME')
    expect(time).toHaveAttribute('dateTime', '2013-02-26T08:00:00.000Z')
  })

  it('shows the standfirst when there is one and no date when there is none', () => {
    renderInLocale(<ArticleList articles={articles} />, 'en')
    expect(screen.getByText('Azərbaycan Xocalı faciəsi qurbanlarını anır.')).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')[1].querySelector('time')).toBeNull()
  })
})
