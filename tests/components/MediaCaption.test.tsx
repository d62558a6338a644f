import { describe, expect, it } from '@jest/globals'

import { MediaCaption } from '@/components/MediaCaption'

import { renderInLocale } from './render'

describe('MediaCaption', () => {
  it.each([
    ['az', 'Xatirə abidəsi Şəkil: Portal'],
    ['en', 'Xatirə abidəsi Image: Portal'],
    ['ru', 'Xatirə abidəsi Изображение: Portal'],
  ] as const)('writes the caption and the credit in %s', (locale, expected) => {
    const { container } = renderInLocale(<MediaCaption media={{ caption: 'Xatirə abidəsi', credit: 'Portal' }} />, locale)
    expect(container.querySelector('figcaption')?.textContent).toBe(expected)
    expect(container.querySelector('.credit')?.textContent).not.toContain('Xatirə')
  })

  it("prefers the block's own caption to the picture's", () => {
    const { container } = renderInLocale(<MediaCaption media={{ caption: 'Library caption', credit: null }} caption="Written for this story" />, 'en')
    expect(container.querySelector('figcaption')?.textContent).toBe('Written for this story')
  })

  it('renders nothing for a picture with neither', () => {
    const { container } = renderInLocale(<MediaCaption media={{ caption: null, credit: '' }} />, 'en')
    expect(container.innerHTML).toBe('')
  })
})
