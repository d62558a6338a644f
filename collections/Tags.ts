import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { canEditContent } from '@/access/canEditContent'
import { canUpdateContent } from '@/access/canUpdateContent'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { aliasesField } from '@/fields/aliases'
import { slugField } from '@/fields/slug'
import { TAGS } from '@/lib/data/tags'

export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: {
    singular: { az: 'Teq', en: 'Tag', ru: 'Тег' },
    plural: { az: 'Teqlər', en: 'Tags', ru: 'Теги' },
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
    },
    slugField('name'),
    aliasesField(),
  ]),
}
