import type { CollectionConfig, NumberField } from 'payload'

import { canEditContent } from '@/access/canEditContent'
import { contentStaff } from '@/access/contentStaff'
import { publishedOrContentStaff } from '@/access/publishedOrContentStaff'
import { translatorsCannotPublish } from '@/access/translatorsCannotPublish'
import { onlyEditorsRestoreVersions } from '@/collections/hooks/onlyEditorsRestoreVersions'
import { preventTranslatorPublishing } from '@/collections/hooks/preventTranslatorPublishing'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { trackTranslation } from '@/collections/hooks/trackTranslation'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { aliasesField } from '@/fields/aliases'
import { slugField } from '@/fields/slug'
import { slugHistoryField } from '@/fields/slugHistory'
import { translationTrackingFields } from '@/fields/translationTracking'
import { httpsUrl } from '@/fields/validateHttpsUrl'
import { wholeNumber } from '@/fields/validators'
import { TAGS } from '@/lib/data/tags'
import { TRANSLATED_FIELDS } from '@/lib/translation/status'

import { planEditorialTasks, removeEditorialTasks } from './hooks/planEditorialTasks'
import { dayExistsInMonth, endNotBeforeStart, killedCoversItsParts } from './validators'

/** A label in each admin language (Payload's own per-language label record). */
type Label = { az: string; en: string; ru: string }

/** Figures are left empty when unknown; an estimate never goes in as a number. */
function figure(name: string, label: Label, validate = wholeNumber): NumberField {
  return { name, type: 'number', label, min: 0, validate, admin: { step: 1 } }
}

const MONTHS: { value: string; label: Label }[] = [
  { az: 'Yanvar', en: 'January', ru: 'Январь' },
  { az: 'Fevral', en: 'February', ru: 'Февраль' },
  { az: 'Mart', en: 'March', ru: 'Март' },
  { az: 'Aprel', en: 'April', ru: 'Апрель' },
  { az: 'May', en: 'May', ru: 'Май' },
  { az: 'İyun', en: 'June', ru: 'Июнь' },
  { az: 'İyul', en: 'July', ru: 'Июль' },
  { az: 'Avqust', en: 'August', ru: 'Август' },
  { az: 'Sentyabr', en: 'September', ru: 'Сентябрь' },
  { az: 'Oktyabr', en: 'October', ru: 'Октябрь' },
  { az: 'Noyabr', en: 'November', ru: 'Ноябрь' },
  { az: 'Dekabr', en: 'December', ru: 'Декабрь' },
].map((label, index) => ({ value: String(index + 1), label }))

const DAY_PICKER = { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } } as const

const MAP_POINT = {
  az: 'Uzunluq və enlik (məsələn, Bakı üçün 49.87 və 40.41).',
  en: 'Longitude and latitude (e.g. 49.87 and 40.41 for Baku).',
  ru: 'Долгота и широта (например, 49.87 и 40.41 для Баку).',
}

const revalidate = revalidateOnChange([TAGS.remembranceEvents, TAGS.articles])

/**
 * Tragedies and other dates the country commemorates every year. The anniversary number ("the
 * 34th anniversary") is never stored: it is derived from startDate by lib/anniversary.ts.
 */
export const RemembranceEvents: CollectionConfig = {
  slug: 'remembrance-events',
  labels: {
    singular: { az: 'Anım günü', en: 'Remembrance event', ru: 'Памятная дата' },
    plural: { az: 'Anım günləri', en: 'Remembrance events', ru: 'Памятные даты' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'startDate', '_status', 'translationStatus'],
  },
  access: {
    create: canEditContent,
    read: publishedOrContentStaff,
    // Versions hold drafts: readable exactly by those who may read drafts.
    readVersions: contentStaff,
    update: translatorsCannotPublish,
    delete: canEditContent,
  },
  defaultSort: 'startDate',
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [preventTranslatorPublishing, onlyEditorsRestoreVersions],
    beforeChange: [trackTranslation(TRANSLATED_FIELDS['remembrance-events'])],
    // Articles show the event they belong to, so both expire. A published event plans its anniversary's tasks.
    afterChange: [...revalidate.afterChange, planEditorialTasks],
    beforeDelete: [removeEditorialTasks],
    afterDelete: revalidate.afterDelete,
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
    slugHistoryField(),
    {
      name: 'summary',
      type: 'textarea',
      label: { az: 'Qısa məzmun', en: 'Summary', ru: 'Краткое описание' },
      localized: true,
      maxLength: 600,
    },
    {
      name: 'history',
      type: 'richText',
      label: { az: 'Tarixçə', en: 'History', ru: 'История' },
      localized: true,
    },
    {
      name: 'startDate',
      type: 'date',
      label: { az: 'Tarix (başlanğıc)', en: 'Date (start)', ru: 'Дата (начало)' },
      required: true,
      admin: {
        ...DAY_PICKER,
        description: {
          az: 'Hadisənin baş verdiyi və ya başladığı gün.',
          en: 'The day it happened, or the day it began.',
          ru: 'День, когда это произошло или началось.',
        },
      },
    },
    {
      name: 'endDate',
      type: 'date',
      label: { az: 'Bitmə tarixi', en: 'End date', ru: 'Дата окончания' },
      validate: endNotBeforeStart,
      admin: {
        ...DAY_PICKER,
        description: {
          az: 'Yalnız hadisə bir neçə gün davam edibsə.',
          en: 'Only when it lasted several days.',
          ru: 'Только если событие длилось несколько дней.',
        },
      },
    },
    {
      name: 'commemoration',
      type: 'group',
      label: { az: 'Anım tarixi', en: 'Commemoration', ru: 'День памяти' },
      admin: {
        description: {
          az: 'Hər il bu tarixdə qeyd olunur.',
          en: 'Observed every year on this date.',
          ru: 'Отмечается ежегодно в этот день.',
        },
      },
      fields: [
        {
          name: 'month',
          type: 'select',
          label: { az: 'Ay', en: 'Month', ru: 'Месяц' },
          required: true,
          options: MONTHS,
        },
        {
          name: 'day',
          type: 'number',
          label: { az: 'Gün', en: 'Day', ru: 'День' },
          required: true,
          min: 1,
          max: 31,
          validate: dayExistsInMonth,
          admin: { step: 1 },
        },
      ],
    },
    {
      name: 'place',
      type: 'group',
      label: { az: 'Hadisə yeri', en: 'Place', ru: 'Место' },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { az: 'Yerin adı', en: 'Place name', ru: 'Название места' },
          localized: true,
        },
        {
          name: 'location',
          type: 'point',
          label: { az: 'Xəritədə yeri', en: 'Location on the map', ru: 'Точка на карте' },
          admin: { description: MAP_POINT },
        },
      ],
    },
    {
      name: 'memorial',
      type: 'group',
      label: { az: 'Xatirə abidəsi', en: 'Memorial', ru: 'Мемориал' },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { az: 'Abidənin adı', en: 'Memorial name', ru: 'Название мемориала' },
          localized: true,
        },
        {
          name: 'address',
          type: 'text',
          label: { az: 'Ünvan', en: 'Address', ru: 'Адрес' },
          localized: true,
        },
        {
          name: 'location',
          type: 'point',
          label: { az: 'Xəritədə yeri', en: 'Location on the map', ru: 'Точка на карте' },
          admin: { description: MAP_POINT },
        },
      ],
    },
    {
      name: 'figures',
      type: 'group',
      label: { az: 'Qurbanlar və itkilər', en: 'Casualty and impact figures', ru: 'Жертвы и потери' },
      admin: {
        description: {
          az: 'Yalnız mənbədə göstərilən rəqəmlər. Məlum olmayanı boş saxlayın.',
          en: 'Only figures stated by a source. Leave unknown figures empty.',
          ru: 'Только цифры, приведённые в источнике. Неизвестное оставьте пустым.',
        },
      },
      fields: [
        figure('killed', { az: 'Həlak olanlar', en: 'Killed', ru: 'Погибшие' }, killedCoversItsParts),
        figure('children', { az: 'onlardan uşaqlar', en: 'of whom children', ru: 'из них дети' }),
        figure('women', { az: 'onlardan qadınlar', en: 'of whom women', ru: 'из них женщины' }),
        figure('elderly', { az: 'onlardan yaşlılar', en: 'of whom elderly', ru: 'из них пожилые' }),
        figure('wounded', {
          az: 'Yaralanan və ya əlil olanlar',
          en: 'Wounded or disabled',
          ru: 'Раненые или ставшие инвалидами',
        }),
        figure('hostages', { az: 'Girov götürülənlər', en: 'Taken hostage', ru: 'Взятые в заложники' }),
        figure('missing', { az: 'İtkin düşənlər', en: 'Still missing', ru: 'Пропавшие без вести' }),
      ],
    },
    {
      name: 'gallery',
      type: 'upload',
      label: { az: 'Qalereya', en: 'Gallery', ru: 'Галерея' },
      relationTo: 'media',
      hasMany: true,
    },
    {
      name: 'sources',
      type: 'array',
      label: { az: 'Mənbələr', en: 'Sources', ru: 'Источники' },
      labels: {
        singular: { az: 'Mənbə', en: 'Source', ru: 'Источник' },
        plural: { az: 'Mənbələr', en: 'Sources', ru: 'Источники' },
      },
      fields: [
        {
          name: 'title',
          type: 'text',
          label: { az: 'Başlıq', en: 'Title', ru: 'Заголовок' },
          localized: true,
          required: true,
        },
        {
          name: 'url',
          type: 'text',
          label: { az: 'Keçid (https)', en: 'Link (https)', ru: 'Ссылка (https)' },
          required: true,
          validate: httpsUrl,
        },
        {
          name: 'publisher',
          type: 'text',
          label: { az: 'Nəşr edən', en: 'Publisher', ru: 'Издатель' },
        },
      ],
    },
    ...translationTrackingFields(),
  ]),
}
