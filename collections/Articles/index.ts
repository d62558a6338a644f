import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { canEditContent } from '@/access/canEditContent'
import { contentStaff } from '@/access/contentStaff'
import { translatorsCannotPublish } from '@/access/translatorsCannotPublish'
import { publishedOrContentStaff } from '@/access/publishedOrContentStaff'
import { onlyEditorsRestoreVersions } from '@/collections/hooks/onlyEditorsRestoreVersions'
import { preventTranslatorPublishing } from '@/collections/hooks/preventTranslatorPublishing'
import { trackTranslation } from '@/collections/hooks/trackTranslation'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { translationTrackingFields } from '@/fields/translationTracking'
import { TRANSLATED_FIELDS } from '@/lib/translation/status'
import { slugField } from '@/fields/slug'
import { slugHistoryField } from '@/fields/slugHistory'

import { ARTICLE_TYPES, DEFAULT_ARTICLE_TYPE } from '@/lib/articleTypes'

import { EmbedBlock, GalleryBlock, ImageBlock, QuoteBlock } from './blocks'
import { correctionFields } from './corrections'
import { liveCoverageField, liveEntryComposerField } from './liveCoverage'
import { keepCorrectionsInOriginal } from './hooks/keepCorrectionsInOriginal'
import { enforceEmbargo } from './hooks/enforceEmbargo'
import { revalidateArticle, revalidateDeletedArticle } from './hooks/revalidateArticle'
import { setCoverageTimes } from './hooks/setCoverageTimes'
import { setPublishedAt } from './hooks/setPublishedAt'
import { setReadingTime } from './hooks/setReadingTime'
import { indexForSearch, removeFromSearch } from './hooks/indexForSearch'

/** The type's name in the admin (readers' labels are in messages/*.json, ArticleType). */
const TYPE_LABELS = {
  news: { az: 'Xəbər', en: 'News', ru: 'Новость' },
  analysis: { az: 'Təhlil', en: 'Analysis', ru: 'Анализ' },
  opinion: { az: 'Rəy', en: 'Opinion', ru: 'Мнение' },
  interview: { az: 'Müsahibə', en: 'Interview', ru: 'Интервью' },
  obituary: { az: 'Nekroloq', en: 'Obituary', ru: 'Некролог' },
  live: { az: 'Canlı', en: 'Live', ru: 'Онлайн' },
}

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { az: 'Məqalə', en: 'Article', ru: 'Статья' },
    plural: { az: 'Məqalələr', en: 'Articles', ru: 'Статьи' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publishedAt', '_status', 'translationStatus'],
    // "Preview" in the admin opens the draft on the real site (staff only, via draft mode).
    preview: (doc, { locale }) =>
      typeof doc?.id === 'number' || typeof doc?.id === 'string' ? `/${locale}/preview?article=${doc.id}` : null,
  },
  access: {
    create: canEditContent,
    read: publishedOrContentStaff,
    // Versions hold drafts: readable exactly by those who may read drafts.
    readVersions: contentStaff,
    update: translatorsCannotPublish,
    delete: canEditContent,
  },
  defaultSort: '-publishedAt',
  // Every reader's list is "published, newest first" (publishedAt, then createdAt, as Payload sorts): with this index
  // the database reads the newest rows in order and stops, instead of sorting the archive (175 ms → 4 ms for the
  // home page's list at 100,000 articles a language, on SQLite).
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }],
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [preventTranslatorPublishing, onlyEditorsRestoreVersions],
    beforeChange: [enforceEmbargo, setPublishedAt, setCoverageTimes, setReadingTime, keepCorrectionsInOriginal, trackTranslation(TRANSLATED_FIELDS.articles)],
    afterChange: [indexForSearch, revalidateArticle],
    afterDelete: [removeFromSearch, revalidateDeletedArticle],
  },
  fields: localizedOnlyForTranslators([
    liveEntryComposerField,
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    slugField('title'),
    slugHistoryField(),
    { name: 'standfirst', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures.filter((feature) => feature.key !== 'heading'),
          HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
          BlocksFeature({ blocks: [ImageBlock, GalleryBlock, QuoteBlock, EmbedBlock] }),
          FixedToolbarFeature(),
        ],
      }),
    },
    {
      name: 'readingTime',
      type: 'number',
      localized: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Minutes, from the body.' },
    },
    {
      // Not localized: an opinion piece is one in every language. Editors set it (localizedOnlyForTranslators).
      name: 'articleType',
      type: 'select',
      label: { az: 'Material növü', en: 'Article type', ru: 'Тип материала' },
      defaultValue: DEFAULT_ARTICLE_TYPE,
      options: ARTICLE_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    liveCoverageField,
    {
      name: 'embargoUntil',
      type: 'date',
      label: { az: 'Embarqo (bu vaxtdan əvvəl dərc olunmur)', en: 'Embargo (not published before)', ru: 'Эмбарго (не публикуется до)' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          az: 'Bu vaxtdan əvvəl məqaləni dərc etmək və ya dərcini planlaşdırmaq mümkün deyil. Qaralama saxlamaq olar.',
          en: 'The article cannot be published, or its publication scheduled, before this time. Drafts can be saved.',
          ru: 'До этого времени статью нельзя опубликовать или запланировать её публикацию. Черновики сохранять можно.',
        },
      },
    },
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'remembranceEvent', type: 'relationship', relationTo: 'remembrance-events', admin: { position: 'sidebar' } },
    {
      name: 'reviewsOpen',
      type: 'checkbox',
      label: { az: 'Oxucu rəyləri açıqdır', en: 'Reader reviews open', ru: 'Отзывы читателей открыты' },
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: {
          az: 'Söndürün ki, bu məqaləyə yeni rəy yazılmasın; təsdiqlənmiş rəylər görünməyə davam edir.',
          en: 'Turn off to stop new reviews on this article; approved reviews stay visible.',
          ru: 'Отключите, чтобы к статье нельзя было оставлять новые отзывы; одобренные остаются видны.',
        },
      },
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 6,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    ...correctionFields,
    ...translationTrackingFields(),
  ]),
}
