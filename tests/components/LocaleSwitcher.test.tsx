import { describe, expect, it } from '@jest/globals'
import { screen, within } from '@testing-library/react'

import { LocaleSwitcher } from '@/components/LocaleSwitcher'

import { renderInLocale } from './render'

const alternates = { az: '/az/news/xocali', en: '/en/news/khojaly', ru: '/ru' }

describe('LocaleSwitcher', () => {
  it('links each language to its own version of the page, named in that language', () => {
    renderInLocale(<LocaleSwitcher alternates={alternates} />, 'en')
    const nav = screen.getByRole('navigation', { name: 'Language' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('hreflang')])).toEqual([
      ['Azərbaycanca', '/az/news/xocali', 'az'],
      ['English', '/en/news/khojaly', 'en'],
      ['Русский', '/ru', 'ru'],
    ])
  })

  it('marks the current language and labels the menu in the page language', () => {
    renderInLocale(<LocaleSwitcher alternates={alternates} />, 'ru')
    const nav = screen.getByRole('navigation', { name: 'Язык' })
    expect(within(nav).getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'true')
    expect(within(nav).getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current')
  })
})
