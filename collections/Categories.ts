import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { canEditContent } from '@/access/canEditContent'
import { canUpdateContent } from '@/access/canUpdateContent'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { aliasesField } from '@/fields/aliases'
import { slugField } from '@/fields/slug'
import { TAGS } from '@/lib/data/tags'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { az: 'Kateqoriya', en: 'Category', ru: 'Рубрика' },
    plural: { az: 'Kateqoriyalar', en: 'Categories', ru: 'Рубрики' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
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
      name: 'name',
      type: 'text',
      label: { az: 'Ad', en: 'Name', ru: 'Название' },
      localized: true,
      required: true,
      maxLength: 80,
    },
    slugField('name'),
    aliasesField(),
    {
      name: 'description',
      type: 'textarea',
      label: { az: 'Təsvir', en: 'Description', ru: 'Описание' },
      localized: true,
    },
  ]),
}
