import { describe, expect, it } from '@jest/globals'
import { cleanup, screen, within } from '@testing-library/react'

import { Pagination } from '@/components/Pagination'
import type { Locale } from '@/i18n/locales'

import { renderInLocale } from './render'

const hrefFor = (page: number) => `/en/search?q=xocal%C4%B1${page > 1 ? `&page=${page}` : ''}`

/** The list as the reader sees it: link texts and ellipses, the current page in brackets. */
function items(page: number, totalPages: number, locale: Locale = 'en', label = 'Pages'): string[] {
  renderInLocale(<Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />, locale)
  const nav = screen.getByRole('navigation', { name: label })
  return [...nav.querySelectorAll('li')].map((li) => {
    const text = li.textContent ?? ''
    return li.querySelector('[aria-current="page"]') ? `[${text}]` : text
  })
}

describe('Pagination', () => {
  it('links the previous, next and numbered pages, the current one marked', () => {
    renderInLocale(<Pagination page={2} totalPages={3} hrefFor={hrefFor} />, 'en')
    const nav = screen.getByRole('navigation', { name: 'Pages' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((a) => [a.textContent, a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual([
      ['Previous page', null, '/en/search?q=xocal%C4%B1'],
      ['1', 'Page 1', '/en/search?q=xocal%C4%B1'],
      ['2', 'Page 2', '/en/search?q=xocal%C4%B1&page=2'],
      ['3', 'Page 3', '/en/search?q=xocal%C4%B1&page=3'],
      ['Next page', null, '/en/search?q=xocal%C4%B1&page=3'],
    ])
    expect(within(nav).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Previous page' })).toHaveAttribute('rel', 'prev')
    expect(within(nav).getByRole('link', { name: 'Next page' })).toHaveAttribute('rel', 'next')
    expect(nav).toHaveTextContent('Page 2 of 3')
  })

  it('has no previous link on the first page and no next link on the last', () => {
    expect(items(1, 3)).toEqual(['[1]', '2', '3', 'Next page'])
    cleanup()
    expect(items(3, 3)).toEqual(['Previous page', '1', '2', '[3]'])
  })

  it.each([
    [1, 7, ['[1]', '2', '3', '4', '5', '6', '7', 'Next page']],
    [1, 20, ['[1]', '2', '3', '4', '5', '…', '20', 'Next page']],
    [4, 20, ['Previous page', '1', '2', '3', '[4]', '5', '…', '20', 'Next page']],
    [5, 20, ['Previous page', '1', '…', '4', '[5]', '6', '…', '20', 'Next page']],
    [10, 20, ['Previous page', '1', '…', '9', '[10]', '11', '…', '20', 'Next page']],
    [17, 20, ['Previous page', '1', '…', '16', '[17]', '18', '19', '20', 'Next page']],
    [20, 20, ['Previous page', '1', '…', '16', '17', '18', '19', '[20]']],
    [3, 1000, ['Previous page', '1', '2', '[3]', '4', '5', '…', '1000', 'Next page']],
  ])('on page %i of %i shows %j', (page, total, expected) => {
    expect(items(page, total)).toEqual(expected)
  })

  it('hides the ellipses from screen readers, which hear the numbered links', () => {
    renderInLocale(<Pagination page={10} totalPages={20} hrefFor={hrefFor} />, 'en')
    const gaps = screen.getAllByText('…')
    expect(gaps).toHaveLength(2)
    for (const gap of gaps) expect(gap).toHaveAttribute('aria-hidden', 'true')
  })

  it.each([
    ['az', 'Səhifələr', 'Səhifə 2, cəmi 5', 'Əvvəlki səhifə', 'Növbəti səhifə', 'Səhifə 3'],
    ['ru', 'Страницы', 'Страница 2 из 5', 'Предыдущая страница', 'Следующая страница', 'Страница 3'],
  ] as const)('speaks %s', (locale, label, status, previous, next, pageThree) => {
    renderInLocale(<Pagination page={2} totalPages={5} hrefFor={hrefFor} />, locale)
    const nav = screen.getByRole('navigation', { name: label })
    expect(nav).toHaveTextContent(status)
    expect(within(nav).getByRole('link', { name: previous })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: next })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: pageThree })).toHaveTextContent('3')
  })

  it.each([0, 1])('renders nothing for a total of %i page(s)', (totalPages) => {
    const { container } = renderInLocale(<Pagination page={1} totalPages={totalPages} hrefFor={hrefFor} />, 'en')
    expect(container).toBeEmptyDOMElement()
  })
})
