import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { canUpdateContent } from '@/access/canUpdateContent'
import { staffOrReviewCheck } from '@/access/staffOrReviewCheck'
import { revalidateGlobalOnChange } from '@/collections/hooks/revalidateOnChange'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { wholeNumber } from '@/fields/validators'
import { TAGS } from '@/lib/data/tags'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { az: 'Sayt ayarları', en: 'Site settings', ru: 'Настройки сайта' },
  hooks: { afterChange: revalidateGlobalOnChange([TAGS.siteSettings]) },
  access: {
    read: anyone,
    update: canUpdateContent,
  },
  fields: localizedOnlyForTranslators([
    {
      name: 'siteName',
      type: 'text',
      label: { az: 'Saytın adı', en: 'Site name', ru: 'Название сайта' },
      localized: true,
      required: true,
    },
    {
      name: 'tagline',
      type: 'text',
      label: { az: 'Şüar', en: 'Tagline', ru: 'Слоган' },
      localized: true,
    },
    {
      // Replaces the newsroom's default logo (public/brand/logo.svg) on the site and in the admin; its alt text
      // names the site to screen readers.
      name: 'logo',
      type: 'upload',
      label: { az: 'Loqo', en: 'Logo', ru: 'Логотип' },
      relationTo: 'media',
      admin: {
        description: {
          az: 'Boş qalarsa, redaksiyanın standart loqosu göstərilir. SVG və ya kvadrat PNG tövsiyə olunur.',
          en: 'Left empty, the newsroom’s default logo is shown. An SVG or a square PNG works best.',
          ru: 'Если поле пустое, показывается стандартный логотип редакции. Лучше всего подходит SVG или квадратный PNG.',
        },
      },
    },
    {
      name: 'newsLineSize',
      type: 'number',
      label: { az: 'Xəbər lentində xəbər sayı', en: 'Items in the news line', ru: 'Новостей в ленте' },
      required: true,
      min: 3,
      max: 50,
      defaultValue: 10,
      validate: wholeNumber,
      admin: { step: 1 },
    },
    {
      name: 'reviews',
      type: 'group',
      label: { az: 'Oxucu rəyləri', en: 'Reader reviews', ru: 'Отзывы читателей' },
      fields: [
        {
          name: 'enabled',
          type: 'checkbox',
          label: { az: 'Rəylər bütün saytda açıqdır', en: 'Reviews open across the site', ru: 'Отзывы открыты на всём сайте' },
          defaultValue: true,
        },
        {
          name: 'blocklist',
          type: 'textarea',
          // Published, the list would tell spammers which words to avoid.
          access: { read: staffOrReviewCheck },
          label: { az: 'Qadağan olunmuş sözlər', en: 'Blocked words', ru: 'Запрещённые слова' },
          admin: {
            description: {
              az: 'Hər sətirdə bir söz və ya ifadə. Bunlardan birini ehtiva edən rəy spam şübhəsi ilə gözləməyə düşür.',
              en: 'One word or phrase per line. A review containing one is held as suspected spam.',
              ru: 'По одному слову или фразе в строке. Отзыв, содержащий любое из них, задерживается как подозрительный.',
            },
          },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { az: 'Əlaqə', en: 'Contact', ru: 'Контакты' },
      fields: [
        {
          name: 'email',
          type: 'email',
          label: { az: 'E-poçt', en: 'E-mail', ru: 'Эл. почта' },
        },
        {
          name: 'phone',
          type: 'text',
          label: { az: 'Telefon', en: 'Phone', ru: 'Телефон' },
        },
        {
          name: 'address',
          type: 'textarea',
          label: { az: 'Ünvan', en: 'Address', ru: 'Адрес' },
          localized: true,
        },
      ],
    },
  ]),
}
