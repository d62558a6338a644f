import type { CollectionConfig } from 'payload'

import { canEditContent } from '@/access/canEditContent'
import { canUpdateContent } from '@/access/canUpdateContent'
import { enabledOrContentStaff } from '@/access/enabledOrContentStaff'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { HTTPS_URL_MAX_LENGTH, httpsUrl } from '@/fields/validateHttpsUrl'
import { wholeNumber } from '@/fields/validators'
import { TAGS } from '@/lib/data/tags'

export const SOCIAL_PLATFORMS = [
  'facebook',
  'x',
  'instagram',
  'youtube',
  'telegram',
  'tiktok',
  'whatsapp',
  'linkedin',
  'rss',
] as const

export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number]

// Brand names are the same in every language; only the feed needs words.
const PLATFORM_LABELS: Record<SocialPlatform, string | { az: string; en: string; ru: string }> = {
  facebook: 'Facebook',
  x: 'X (Twitter)',
  instagram: 'Instagram',
  youtube: 'YouTube',
  telegram: 'Telegram',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  rss: { az: 'RSS lenti', en: 'RSS feed', ru: 'RSS-лента' },
}

export const SocialLinks: CollectionConfig = {
  slug: 'social-links',
  labels: {
    singular: { az: 'Sosial şəbəkə keçidi', en: 'Social link', ru: 'Ссылка на соцсеть' },
    plural: { az: 'Sosial şəbəkələr', en: 'Social links', ru: 'Соцсети' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'platform', 'url', 'order', 'enabled'],
  },
  hooks: revalidateOnChange([TAGS.socialLinks]),
  access: {
    create: canEditContent,
    read: enabledOrContentStaff,
    update: canUpdateContent,
    delete: canEditContent,
  },
  defaultSort: 'order',
  fields: localizedOnlyForTranslators([
    {
      name: 'platform',
      type: 'select',
      label: { az: 'Platforma', en: 'Platform', ru: 'Платформа' },
      required: true,
      options: SOCIAL_PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] })),
    },
    {
      name: 'url',
      type: 'text',
      label: { az: 'Keçid (https)', en: 'Link (https)', ru: 'Ссылка (https)' },
      required: true,
      maxLength: HTTPS_URL_MAX_LENGTH,
      validate: httpsUrl,
    },
    {
      // Shown to readers and read out by screen readers, so it says what the link does.
      name: 'label',
      type: 'text',
      label: { az: 'Oxucuya görünən ad', en: 'Label shown to readers', ru: 'Подпись для читателей' },
      localized: true,
      required: true,
      admin: {
        description: {
          az: 'Məsələn: «Facebook-da bizi izləyin». Ekran oxuyucuları keçidi bu adla səsləndirir.',
          en: 'For example “Follow us on Facebook”. Screen readers announce the link by this text.',
          ru: 'Например: «Мы в Facebook». Экранные дикторы озвучивают ссылку этим текстом.',
        },
      },
    },
    {
      name: 'order',
      type: 'number',
      label: { az: 'Sıra', en: 'Order', ru: 'Порядок' },
      defaultValue: 0,
      validate: wholeNumber,
      admin: {
        position: 'sidebar',
        step: 1,
        description: {
          az: 'Kiçik rəqəm əvvəl göstərilir.',
          en: 'Lower numbers are shown first.',
          ru: 'Меньшие числа показываются первыми.',
        },
      },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      label: { az: 'Saytda göstərilsin', en: 'Shown on the site', ru: 'Показывать на сайте' },
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
  ]),
}
