import { describe, expect, it } from '@jest/globals'
import { screen, within } from '@testing-library/react'

import { routerAtRoot } from './outsideNext'

routerAtRoot()

const { MostRead } = await import('@/components/MostRead')
const { renderInLocale } = await import('./render')

const day = [
  { id: 1, title: 'Xocalı soyqırımının ildönümü', slug: 'xocali-soyqirimi' },
  { id: 2, title: 'Şəkidə karvansara', slug: 'sheki-karvansara' },
]
const week = [{ id: 3, title: 'Həftənin xəbəri', slug: 'heftenin-xeberi' }]

describe('MostRead', () => {
  it('lists the last 24 hours and the last 7 days, each an ordered list under its own heading, linking to the articles', () => {
    renderInLocale(<MostRead day={day} week={week} />, 'ru')
    const section = screen.getByRole('region', { name: 'Самое читаемое' })
    const lastDay = within(section).getByRole('region', { name: 'За последние 24 часа' })
    const lastWeek = within(section).getByRole('region', { name: 'За последние 7 дней' })
    expect(within(lastDay).getByRole('heading', { level: 3 })).toHaveTextContent('За последние 24 часа')
    expect(within(lastDay).getByRole('list').tagName).toBe('OL')
    expect(within(lastDay).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Xocalı soyqırımının ildönümü', '/ru/news/xocali-soyqirimi'],
      ['Şəkidə karvansara', '/ru/news/sheki-karvansara'],
    ])
    expect(within(lastWeek).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/ru/news/heftenin-xeberi'])
  })

  it('shows only the lists that have articles, and nothing at all without any', () => {
    renderInLocale(<MostRead day={[]} week={week} />, 'az')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Ən çox oxunanlar')
    expect(screen.queryByRole('heading', { name: 'Son 24 saat' })).toBeNull()
    expect(screen.getByRole('heading', { name: 'Son 7 gün' })).toBeInTheDocument()
    const { container } = renderInLocale(<MostRead day={[]} week={[]} />, 'en')
    expect(container).toBeEmptyDOMElement()
  })
})
