import { describe, expect, it } from '@jest/globals'
import { screen, within } from '@testing-library/react'

import { SocialLinks } from '@/components/SocialLinks'

import { renderInLocale } from './render'

const links = [
  { id: 1, platform: 'facebook' as const, url: 'https://www.facebook.com/portal', label: 'Facebook-da bizi izləyin' },
  { id: 2, platform: 'telegram' as const, url: 'https://t.me/portal', label: 'Telegram kanalımız' },
]

describe('SocialLinks', () => {
  it('lists the outlet’s profiles by their localized labels, marked as its own (rel="me")', () => {
    renderInLocale(<SocialLinks links={links} />, 'az')
    const nav = screen.getByRole('navigation', { name: 'Bizi izləyin' })
    const anchors = within(nav).getAllByRole('link')
    expect(anchors.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['Facebook-da bizi izləyin', 'https://www.facebook.com/portal', 'me noopener'],
      ['Telegram kanalımız', 'https://t.me/portal', 'me noopener'],
    ])
  })

  it('shows each platform as an icon hidden from screen readers, which read the label instead', () => {
    renderInLocale(<SocialLinks links={links} />, 'en')
    const link = screen.getByRole('link', { name: 'Telegram kanalımız' })
    expect(link.querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
  })

  it('leaves out a link with no label in this language rather than show an unnamed one', () => {
    renderInLocale(<SocialLinks links={[...links, { id: 3, platform: 'linkedin', url: 'https://www.linkedin.com/company/x', label: '' }]} />, 'ru')
    expect(screen.getAllByRole('link')).toHaveLength(2)
  })

  it('renders nothing when the newsroom has no enabled links', () => {
    const { container } = renderInLocale(<SocialLinks links={[]} />, 'en')
    expect(container).toBeEmptyDOMElement()
  })
})
