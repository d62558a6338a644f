import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { authenticatedOrPublished } from '@/access/authenticatedOrPublished'

import { generateSlug } from './hooks/generateSlug'
import { setPublishedAt } from './hooks/setPublishedAt'

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publishedAt', '_status'],
  },
  access: {
    create: authenticated,
    read: authenticatedOrPublished,
    update: authenticated,
    delete: authenticated,
  },
  defaultSort: '-publishedAt',
  versions: {
    drafts: true,
  },
  hooks: {
    beforeChange: [setPublishedAt],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 200,
    },
    {
      name: 'slug',
      type: 'text',
      localized: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Filled from the title when left empty.',
      },
      hooks: {
        beforeValidate: [generateSlug],
      },
    },
    {
      name: 'standfirst',
      type: 'textarea',
      localized: true,
      maxLength: 600,
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
  ],
}
