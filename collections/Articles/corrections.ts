import type { Field, TextareaFieldValidation } from 'payload'
import { textarea } from 'payload/shared'

import { adminT } from '@/i18n/admin'
import { defaultLocale } from '@/i18n/locales'
import { CORRECTION_KINDS, CORRECTION_PLACEMENTS } from '@/lib/corrections'

/** A note needs its text in the original: the Azerbaijani note is what every translation follows. */
const requireTextInOriginal: TextareaFieldValidation = (value, options) =>
  options.req.locale === defaultLocale && !(typeof value === 'string' && value.trim() !== '')
    ? adminT(options.req.i18n)('custom:corrections.textRequired')
    : textarea(value, options)

/**
 * Dated correction and clarification notes (lib/corrections.ts reads them). The rows belong to editors: kind,
 * date and placement are not localized (localizedOnlyForTranslators keeps them for editors) and
 * hooks/keepCorrectionsInOriginal.ts keeps translators from adding or removing rows; translators translate the
 * text. `lastCorrectedAt` is derived for the corrections page's order.
 */
export const correctionFields: Field[] = [
  {
    name: 'corrections',
    type: 'array',
    label: { az: 'Düzəlişlər və dəqiqləşdirmələr', en: 'Corrections and clarifications', ru: 'Исправления и уточнения' },
    labels: {
      singular: { az: 'Qeyd', en: 'Note', ru: 'Примечание' },
      plural: { az: 'Qeydlər', en: 'Notes', ru: 'Примечания' },
    },
    admin: {
      initCollapsed: true,
      description: {
        az: 'Dərc olunmuş məqalədə səhv düzəldilibsə və ya fikir dəqiqləşdirilibsə, bunu oxuculara açıq deyin. Qeydi azərbaycanca yazın: tərcümə olunana qədər digər dillərdə orijinalın düzəldildiyi bildirilir.',
        en: 'Tell readers openly when a published article was corrected or clarified. Write the note in Azerbaijani: until it is translated, the other languages say that the original was corrected.',
        ru: 'Открыто сообщайте читателям об исправлении или уточнении опубликованной статьи. Пишите примечание по-азербайджански: пока оно не переведено, другие языки сообщают, что оригинал исправлен.',
      },
    },
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'correction',
        label: { az: 'Növ', en: 'Kind', ru: 'Вид' },
        options: CORRECTION_KINDS.map((kind) => ({
          value: kind,
          label: kind === 'correction' ? { az: 'Düzəliş', en: 'Correction', ru: 'Исправление' } : { az: 'Dəqiqləşdirmə', en: 'Clarification', ru: 'Уточнение' },
        })),
        admin: { width: '33%' },
      },
      {
        name: 'date',
        type: 'date',
        required: true,
        defaultValue: () => new Date().toISOString(),
        label: { az: 'Tarix', en: 'Date', ru: 'Дата' },
        admin: { width: '33%', date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'placement',
        type: 'select',
        label: { az: 'Yeri', en: 'Placement', ru: 'Место' },
        options: CORRECTION_PLACEMENTS.map((placement) => ({
          value: placement,
          label: placement === 'top' ? { az: 'Mətndən əvvəl', en: 'Above the text', ru: 'Перед текстом' } : { az: 'Mətndən sonra', en: 'After the text', ru: 'После текста' },
        })),
        admin: {
          width: '33%',
          description: {
            az: 'Boş: düzəliş mətndən əvvəl, dəqiqləşdirmə sonra.',
            en: 'Empty: a correction above the text, a clarification after it.',
            ru: 'Пусто: исправление перед текстом, уточнение после.',
          },
        },
      },
      {
        name: 'text',
        type: 'textarea',
        localized: true,
        maxLength: 2000,
        label: { az: 'Mətn', en: 'Text', ru: 'Текст' },
        validate: requireTextInOriginal,
      },
    ],
  },
  {
    name: 'lastCorrectedAt',
    type: 'date',
    index: true,
    admin: { hidden: true },
  },
]
