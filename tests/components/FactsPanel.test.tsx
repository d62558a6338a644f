import { describe, expect, it } from '@jest/globals'
import { screen, within } from '@testing-library/react'

import { FactsPanel } from '@/components/FactsPanel'
import type { Locale } from '@/i18n/locales'

import { renderInLocale } from './render'

const khojaly = { killed: 613, children: 63, women: 106, elderly: 70, wounded: 487, hostages: 1275, missing: 150 }

/** The definition list as [term, value] pairs, in order. */
function rows(locale: Locale, figures: Parameters<typeof FactsPanel>[0]['figures'], heading: string) {
  renderInLocale(<FactsPanel figures={figures} />, locale)
  const section = screen.getByRole('region', { name: heading })
  const list = section.querySelector('dl')
  if (!list) throw new Error('no <dl>')
  return [...list.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])
}

describe('FactsPanel', () => {
  it.each([
    [
      'en',
      'Facts and figures',
      [
        ['Killed', '613'],
        ['of whom children', '63'],
        ['of whom women', '106'],
        ['of whom elderly people', '70'],
        ['Wounded', '487'],
        ['Taken hostage', '1,275'],
        ['Missing', '150'],
      ],
    ],
    [
      'az',
      'Faktlar və rəqəmlər',
      [
        ['Qətlə yetirilənlər', '613'],
        ['onlardan uşaqlar', '63'],
        ['onlardan qadınlar', '106'],
        ['onlardan yaşlılar', '70'],
        ['Yaralananlar', '487'],
        ['Girov götürülənlər', '1.275'],
        ['İtkin düşənlər', '150'],
      ],
    ],
    [
      'ru',
      'Факты и цифры',
      [
        ['Убиты', '613'],
        ['из них детей', '63'],
        ['из них женщин', '106'],
        ['из них пожилых людей', '70'],
        ['Ранены', '487'],
        ['Взяты в заложники', '1\u00a0275'],
        ['Пропали без вести', '150'],
      ],
    ],
  ] as const)('lists every figure in %s under a named section, numbers in the local format', (locale, heading, expected) => {
    expect(rows(locale, khojaly, heading)).toEqual(expected)
    expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
  })

  it('leaves out unknown figures but shows a stated zero', () => {
    expect(rows('en', { killed: 613, children: null, women: undefined, wounded: 0 }, 'Facts and figures')).toEqual([
      ['Killed', '613'],
      ['Wounded', '0'],
    ])
  })

  it('marks the children, women and elderly rows as part of the killed row', () => {
    renderInLocale(<FactsPanel figures={{ killed: 613, children: 63, wounded: 487 }} />, 'en')
    const groups = within(screen.getByRole('region')).getAllByRole('term').map((dt) => dt.parentElement)
    expect(groups.map((group) => group?.className || null)).toEqual([null, 'part-of-killed', null])
  })

  it.each([
    ['en', ['Children killed', 'Women killed']],
    ['az', ['Qətlə yetirilən uşaqlar', 'Qətlə yetirilən qadınlar']],
    ['ru', ['Убито детей', 'Убито женщин']],
  ] as const)('names children and women on their own in %s when the number killed is unknown', (locale, labels) => {
    renderInLocale(<FactsPanel figures={{ children: 63, women: 106 }} />, locale)
    expect(screen.getAllByRole('term').map((dt) => dt.textContent)).toEqual(labels)
    expect(screen.getAllByRole('term')[0].parentElement).not.toHaveClass('part-of-killed')
  })

  it.each([undefined, {}, { killed: null, wounded: null }])('renders nothing without any figure (%p)', (figures) => {
    const { container } = renderInLocale(<FactsPanel figures={figures} />, 'en')
    expect(container).toBeEmptyDOMElement()
  })
})
