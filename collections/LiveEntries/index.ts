import type { CollectionConfig } from 'payload'

import { canEditContent } from '@/access/canEditContent'
import { contentStaff } from '@/access/contentStaff'
import { translatorsCannotPublish } from '@/access/translatorsCannotPublish'
import { onlyEditorsRestoreVersions } from '@/collections/hooks/onlyEditorsRestoreVersions'
import { preventTranslatorPublishing } from '@/collections/hooks/preventTranslatorPublishing'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'

import { publishedEntriesOfPublishedArticles } from './access'
import { streamLiveUpdates } from './endpoints/stream'
import { announceEntryChange, announceEntryRemoval } from './hooks/announceEntryChange'
import { checkEntryRules } from './hooks/checkEntryRules'

/**
 * The entries of a live article (articleType "live"): timestamped, newest first on the page, each its own document so
 * that a reporter adds one in seconds (the compact form on the article, components/admin/live) and a translator
 * translates one without touching the article. The same rules as articles: drafts are invisible to readers, editors
 * publish, translators translate.
 */
export const LiveEntries: CollectionConfig = {
  slug: 'live-entries',
  labels: {
    singular: { az: 'Canlı yayım yazısı', en: 'Live entry', ru: 'Запись трансляции' },
    plural: { az: 'Canlı yayım yazıları', en: 'Live entries', ru: 'Записи трансляций' },
  },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'article', 'postedAt', 'keyEvent', '_status'],
    group: { az: 'Məzmun', en: 'Content', ru: 'Контент' },
  },
  access: {
    create: canEditContent,
    read: publishedEntriesOfPublishedArticles,
    readVersions: contentStaff,
    update: translatorsCannotPublish,
    delete: canEditContent,
  },
  defaultSort: '-postedAt',
  versions: { drafts: true, maxPerDoc: 20 },
  endpoints: [{ path: '/stream/:article', method: 'get', handler: streamLiveUpdates }],
  hooks: {
    beforeOperation: [preventTranslatorPublishing, onlyEditorsRestoreVersions],
    beforeChange: [checkEntryRules],
    afterChange: [announceEntryChange],
    afterDelete: [announceEntryRemoval],
  },
  fields: localizedOnlyForTranslators([
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: { az: 'Məqalə', en: 'Article', ru: 'Статья' },
      filterOptions: { articleType: { equals: 'live' } },
    },
    {
      name: 'postedAt',
      type: 'date',
      required: true,
      index: true,
      label: { az: 'Vaxt', en: 'Time', ru: 'Время' },
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'headline',
      type: 'text',
      localized: true,
      maxLength: 160,
      label: { az: 'Başlıq (istəyə görə)', en: 'Headline (optional)', ru: 'Заголовок (необязательно)' },
      admin: {
        description: {
          az: 'Əsas hadisələrin siyahısında bu başlıq göstərilir.',
          en: 'The key events summary shows this headline.',
          ru: 'В списке ключевых событий показывается этот заголовок.',
        },
      },
    },
    {
      name: 'text',
      type: 'textarea',
      localized: true,
      maxLength: 5000,
      label: { az: 'Mətn', en: 'Text', ru: 'Текст' },
      admin: {
        rows: 6,
        description: {
          az: 'Abzasları boş sətirlə ayırın.',
          en: 'Separate paragraphs with an empty line.',
          ru: 'Разделяйте абзацы пустой строкой.',
        },
      },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: { az: 'Şəkil', en: 'Image', ru: 'Изображение' } },
    { name: 'author', type: 'relationship', relationTo: 'authors', label: { az: 'Müəllif', en: 'Author', ru: 'Автор' }, admin: { position: 'sidebar' } },
    {
      name: 'keyEvent',
      type: 'checkbox',
      label: { az: 'Əsas hadisə', en: 'Key event', ru: 'Ключевое событие' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'pinned',
      type: 'checkbox',
      label: { az: 'Yuxarıda sabitlə', en: 'Pin to the top', ru: 'Закрепить вверху' },
      admin: {
        position: 'sidebar',
        description: {
          az: 'Yalnız ən son sabitlənmiş yazı yuxarıda göstərilir.',
          en: 'Only the latest pinned entry shows at the top.',
          ru: 'Вверху показывается только последняя закреплённая запись.',
        },
      },
    },
  ]),
}
