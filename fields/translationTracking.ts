import type { Field } from 'payload'

/**
 * The times trackTranslation records, plus the admin list's translation-status column. Hidden and
 * written only by the hook (a client's value is replaced); the fixed update access keeps
 * localizedOnlyForTranslators from dropping the time a translator's Azerbaijani edit sets.
 */
export function translationTrackingFields(): Field[] {
  return [
    { name: 'translatedAt', type: 'date', localized: true, admin: { hidden: true } },
    { name: 'sourceChangedAt', type: 'date', access: { update: () => true }, admin: { hidden: true } },
    {
      name: 'translationStatus',
      type: 'ui',
      label: { az: 'Tərcümə', en: 'Translation', ru: 'Перевод' },
      admin: {
        disableListColumn: false,
        components: {
          Cell: '/components/admin/translations/TranslationStatusCell#TranslationStatusCell',
        },
      },
    },
  ]
}
