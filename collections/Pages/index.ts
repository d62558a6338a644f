import {
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  BoldFeature,
  ItalicFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { canEditContent } from '@/access/canEditContent'
import { contentStaff } from '@/access/contentStaff'
import { publishedOrContentStaff } from '@/access/publishedOrContentStaff'
import { translatorsCannotPublish } from '@/access/translatorsCannotPublish'
import { onlyEditorsRestoreVersions } from '@/collections/hooks/onlyEditorsRestoreVersions'
import { preventTranslatorPublishing } from '@/collections/hooks/preventTranslatorPublishing'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { trackTranslation } from '@/collections/hooks/trackTranslation'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { slugField } from '@/fields/slug'
import { translationTrackingFields } from '@/fields/translationTracking'
import { TAGS } from '@/lib/data/tags'
import { TRANSLATED_FIELDS } from '@/lib/translation/status'

import { keepPurposeUnique } from './hooks/keepPurposeUnique'
import { PAGE_PURPOSES, PURPOSE_LABELS } from './purposes'

const revalidate = revalidateOnChange([TAGS.pages])

/**
 * Standing pages (About us, Editorial standards, Corrections policy…): linked from every page's footer at
 * /{locale}/page/{slug}. Drafts, versions, per-language publishing and the roles' rules are the articles' own.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: {
    singular: { az: 'Səhifə', en: 'Page', ru: 'Страница' },
    plural: { az: 'Səhifələr', en: 'Pages', ru: 'Страницы' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'purpose', 'footerOrder', '_status', 'translationStatus'],
  },
  access: {
    create: canEditContent,
    read: publishedOrContentStaff,
    // Versions hold drafts: readable exactly by those who may read drafts.
    readVersions: contentStaff,
    update: translatorsCannotPublish,
    delete: canEditContent,
  },
  defaultSort: 'footerOrder',
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [preventTranslatorPublishing, onlyEditorsRestoreVersions],
    beforeChange: [keepPurposeUnique, trackTranslation(TRANSLATED_FIELDS.pages)],
    afterChange: revalidate.afterChange,
    afterDelete: revalidate.afterDelete,
  },
  fields: localizedOnlyForTranslators([
    { name: 'title', type: 'text', label: { az: 'Başlıq', en: 'Title', ru: 'Заголовок' }, localized: true, required: true, maxLength: 120 },
    slugField('title'),
    {
      name: 'body',
      type: 'richText',
      label: { az: 'Mətn', en: 'Text', ru: 'Текст' },
      localized: true,
      // Plain policy text: headings, lists and links to addresses, no pictures or embeds.
      editor: lexicalEditor({
        features: () => [
          ParagraphFeature(),
          HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
          BoldFeature(),
          ItalicFeature(),
          UnorderedListFeature(),
          OrderedListFeature(),
          // Links to addresses only: a link to a document would need its localized path resolved.
          LinkFeature({ enabledCollections: [] }),
          FixedToolbarFeature(),
          InlineToolbarFeature(),
        ],
      }),
    },
    {
      name: 'purpose',
      type: 'select',
      label: { az: 'Təyinat', en: 'Purpose', ru: 'Назначение' },
      options: PAGE_PURPOSES.map((value) => ({ value, label: PURPOSE_LABELS[value] })),
      index: true,
      admin: {
        position: 'sidebar',
        description: {
          az: 'Axtarış sistemləri üçün strukturlaşdırılmış məlumatda bu səhifəni müvafiq siyasət kimi göstərir. Hər təyinat yalnız bir səhifəyə aid ola bilər.',
          en: 'Names this page as that policy in the structured data search engines read. Each purpose belongs to one page only.',
          ru: 'Указывает эту страницу как соответствующую политику в структурированных данных для поисковых систем. Каждое назначение — только у одной страницы.',
        },
      },
    },
    {
      name: 'footerOrder',
      type: 'number',
      label: { az: 'Altlıqda sıra', en: 'Order in the footer', ru: 'Порядок в подвале' },
      defaultValue: 0,
      min: 0,
      admin: {
        position: 'sidebar',
        step: 1,
        description: { az: 'Kiçik ədəd əvvəl göstərilir.', en: 'Lower numbers come first.', ru: 'Меньшие числа идут первыми.' },
      },
    },
    ...translationTrackingFields(),
  ]),
}
