import type { GlobalConfig } from 'payload'

import { canEditContentField } from '@/access/canEditContent'
import { canUpdateContent } from '@/access/canUpdateContent'
import { contentStaffOrTheSite } from '@/access/contentStaffOrTheSite'
import { revalidateGlobalOnChange } from '@/collections/hooks/revalidateOnChange'
import { TAGS } from '@/lib/data/tags'

import { scheduleBannerExpiry } from './hooks/scheduleBannerExpiry'
import { translatorsOnlyReword } from './hooks/translatorsOnlyReword'
import { validateExpiry } from './validateExpiry'
import { validateBannerLink } from './validateLink'

/**
 * The breaking-news banner at the top of every page, one per language (each field is localized and read
 * without fallback: a banner in Azerbaijani does not appear on English pages). Shown while it has text and
 * its expiry, if any, is ahead.
 */
export const BreakingNews: GlobalConfig = {
  slug: 'breaking-news',
  label: { az: 'Təcili xəbər', en: 'Breaking news', ru: 'Срочная новость' },
  admin: {
    description: {
      az: 'Bu dildəki bütün səhifələrin yuxarısında göstərilən zolaq. Mətni silin ki, zolaq götürülsün.',
      en: 'The banner at the top of every page in this language. Clear the text to take it down.',
      ru: 'Баннер вверху каждой страницы на этом языке. Очистите текст, чтобы снять его.',
    },
  },
  access: { read: contentStaffOrTheSite, update: canUpdateContent },
  hooks: {
    beforeChange: [translatorsOnlyReword],
    afterChange: [...revalidateGlobalOnChange([TAGS.breakingNews]), scheduleBannerExpiry],
  },
  fields: [
    {
      name: 'text',
      type: 'text',
      label: { az: 'Mətn', en: 'Text', ru: 'Текст' },
      localized: true,
      maxLength: 200,
    },
    {
      name: 'link',
      type: 'text',
      label: { az: 'Keçid', en: 'Link', ru: 'Ссылка' },
      localized: true,
      validate: validateBannerLink,
      access: { update: canEditContentField },
      admin: {
        description: {
          az: 'Bu saytda bir ünvan (məsələn /az/news/...) və ya https:// ilə başlayan tam ünvan. Boş qala bilər.',
          en: 'A path on this site (e.g. /en/news/...) or a full address starting with https://. May be left empty.',
          ru: 'Адрес на этом сайте (например, /ru/news/...) или полный адрес, начинающийся с https://. Можно оставить пустым.',
        },
      },
    },
    {
      name: 'expiresAt',
      type: 'date',
      label: { az: 'Bitmə vaxtı', en: 'Expires at', ru: 'Действует до' },
      localized: true,
      validate: validateExpiry,
      access: { update: canEditContentField },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          az: 'Bu vaxtdan sonra zolaq öz-özünə götürülür. Boş qalarsa, mətn silinənədək göstərilir.',
          en: 'After this time the banner comes down by itself. Left empty, it shows until the text is cleared.',
          ru: 'После этого времени баннер снимается сам. Если поле пустое, баннер виден, пока не очищен текст.',
        },
      },
    },
  ],
}
