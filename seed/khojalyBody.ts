import type { Locale } from '@/i18n/locales'

import type { SeedBodyPart } from './richText'

/**
 * The body of the main demo article (khojaly-21st-anniversary) with the newsroom's blocks between its
 * paragraphs: an image after the ceremony at the memorial, a gallery after the footage that "spread all over the
 * world", and a pull quote repeating a sentence of the article (verbatim, so the quote says nothing the text
 * does not).
 */

type Localized = Record<Locale, string>

export const khojalyPullQuote: Localized = {
  az: 'Hər il bütün dünya Xocalı soyqırımı barədə həqiqətləri daha çox öyrənir.',
  en: 'Every year the whole world learns more of the truth about the Khojaly genocide.',
  ru: 'С каждым годом весь мир узнает всё больше правды о Ходжалинском геноциде.',
}

export const khojalyGalleryCaption: Localized = {
  az: 'Xocalı faciəsinin qurbanları anılır',
  en: 'Remembering the victims of the Khojaly tragedy',
  ru: 'Память жертв Ходжалинской трагедии',
}

/** Paragraph positions the blocks follow (0-based, in every language's paragraphs of seed/articles.ts). */
const AFTER = { image: 2, gallery: 4, quote: 10 } as const

export function khojalyBody(
  locale: Locale,
  paragraphs: string[],
  media: { image: number | string; gallery: (number | string)[] },
): SeedBodyPart[] {
  return paragraphs.flatMap((text, index): SeedBodyPart[] => {
    if (index === AFTER.image) return [text, { blockType: 'image', media: media.image }]
    if (index === AFTER.gallery) return [text, { blockType: 'gallery', images: media.gallery, caption: khojalyGalleryCaption[locale] }]
    if (index === AFTER.quote) return [text, { blockType: 'quote', text: khojalyPullQuote[locale] }]
    return [text]
  })
}
