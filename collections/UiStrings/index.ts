import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { contentStaff } from '@/access/contentStaff'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { locales } from '@/i18n/locales'
import { TAGS } from '@/lib/data/tags'

import { setSlot } from './hooks/setSlot'
import { validateValue } from './validateValue'

/**
 * Translators' overrides of interface strings (messages/*.json stay the reviewed defaults): one
 * document per key and language. Deleting one resets the string to the file's default. The admin
 * shows every key side by side instead of Payload's list (components/admin/interface-strings).
 */
export const UiStrings: CollectionConfig = {
  slug: 'ui-strings',
  labels: {
    singular: { az: 'İnterfeys mətni', en: 'Interface string', ru: 'Строка интерфейса' },
    plural: { az: 'İnterfeys mətnləri', en: 'Interface strings', ru: 'Строки интерфейса' },
  },
  admin: {
    useAsTitle: 'slot',
    defaultColumns: ['key', 'locale', 'value', 'updatedAt'],
    components: {
      views: { list: { Component: '/components/admin/interface-strings/InterfaceStringsView#InterfaceStringsView' } },
    },
  },
  access: {
    // Live overrides are text every reader sees anyway; changing them is for content staff.
    read: anyone,
    create: contentStaff,
    update: contentStaff,
    delete: contentStaff,
  },
  hooks: {
    beforeValidate: [setSlot],
    ...revalidateOnChange([TAGS.uiStrings]),
  },
  fields: [
    {
      name: 'key',
      type: 'text',
      label: { az: 'Açar', en: 'Key', ru: 'Ключ' },
      required: true,
      index: true,
    },
    {
      name: 'locale',
      type: 'select',
      label: { az: 'Dil', en: 'Language', ru: 'Язык' },
      required: true,
      options: [...locales],
    },
    {
      name: 'value',
      type: 'textarea',
      label: { az: 'Mətn (ICU)', en: 'Text (ICU)', ru: 'Текст (ICU)' },
      required: true,
      validate: validateValue,
    },
    {
      name: 'slot',
      type: 'text',
      unique: true,
      admin: { hidden: true },
    },
  ],
}
