import { describe, expect, it } from '@jest/globals'

import { MediaCaption } from '@/components/MediaCaption'
import type { Locale } from '@/i18n/locales'

import { renderInLocale } from './render'

const caption = (locale: Locale, props: Parameters<typeof MediaCaption>[0]) => renderInLocale(<MediaCaption {...props} />, locale).container.querySelector('figcaption')

describe('MediaCaption', () => {
  it.each([
    ['az', 'Şamlar · Şəkil: Redaksiya'],
    ['en', 'Şamlar · Image: Redaksiya'],
    ['ru', 'Şamlar · Изображение: Redaksiya'],
  ] as const)('puts the caption and the credit in the words of %s', (locale, text) => {
    expect(caption(locale, { caption: 'Şamlar', credit: 'Redaksiya' })?.textContent).toBe(text)
  })

  it('shows a credit alone, a caption alone, and nothing without either', () => {
    expect(caption('en', { credit: 'Redaksiya' })?.textContent).toBe('Image: Redaksiya')
    expect(caption('en', { caption: 'Şamlar', credit: null })?.textContent).toBe('Şamlar')
    expect(caption('en', { caption: '', credit: null })).toBeNull()
  })
})
