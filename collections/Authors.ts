import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { canEditContent } from '@/access/canEditContent'
import { canUpdateContent } from '@/access/canUpdateContent'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { slugField } from '@/fields/slug'
import { httpsUrl } from '@/fields/validateHttpsUrl'
import { TAGS } from '@/lib/data/tags'

/**
 * Public bylines, kept apart from staff accounts (users) so that an author page never exposes a
 * login e-mail or role, and a byline can exist for someone without an account.
 */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: {
    singular: { az: 'Müəllif', en: 'Author', ru: 'Автор' },
    plural: { az: 'Müəlliflər', en: 'Authors', ru: 'Авторы' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'slug'],
  },
  hooks: revalidateOnChange([TAGS.articles]),
  access: {
    create: canEditContent,
    read: anyone,
    update: canUpdateContent,
    delete: canEditContent,
  },
  fields: localizedOnlyForTranslators([
    {
      // Localized because a name is spelled differently in each script: Məmmədova, Mammadova, Мамедова.
      name: 'name',
      type: 'text',
      label: { az: 'Ad və soyad', en: 'Name', ru: 'Имя и фамилия' },
      localized: true,
      required: true,
    },
    slugField('name'),
    {
      name: 'role',
      type: 'text',
      label: { az: 'Vəzifə', en: 'Role', ru: 'Должность' },
      localized: true,
    },
    {
      name: 'bio',
      type: 'textarea',
      label: { az: 'Haqqında', en: 'Biography', ru: 'Биография' },
      localized: true,
    },
    {
      name: 'photo',
      type: 'upload',
      label: { az: 'Foto', en: 'Photo', ru: 'Фото' },
      relationTo: 'media',
    },
    {
      // The author's profiles elsewhere, shown on their page and named as `sameAs` in its Person JSON-LD.
      // Not localized: a profile's address and its name ("X", "Telegram", "Mastodon") are the same in every language.
      name: 'links',
      type: 'array',
      label: { az: 'Keçidlər', en: 'Links', ru: 'Ссылки' },
      labels: {
        singular: { az: 'Keçid', en: 'Link', ru: 'Ссылка' },
        plural: { az: 'Keçidlər', en: 'Links', ru: 'Ссылки' },
      },
      maxRows: 8,
      admin: {
        description: {
          az: 'Müəllifin başqa saytlardakı profilləri (yalnız https).',
          en: 'The author’s profiles on other sites (https only).',
          ru: 'Профили автора на других сайтах (только https).',
        },
      },
      fields: [
        {
          name: 'label',
          type: 'text',
          label: { az: 'Ad', en: 'Name', ru: 'Название' },
          required: true,
          maxLength: 40,
          admin: { placeholder: 'Telegram' },
        },
        { name: 'url', type: 'text', label: { az: 'Ünvan', en: 'Address', ru: 'Адрес' }, required: true, validate: httpsUrl },
      ],
    },
  ]),
}
