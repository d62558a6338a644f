import type { Field } from 'payload'

import { LIVE_STATES } from '@/lib/live/entries'

const STATE_LABELS = {
  upcoming: { az: 'Tezliklə', en: 'Upcoming', ru: 'Скоро' },
  live: { az: 'Canlı gedir', en: 'Live now', ru: 'Идёт трансляция' },
  ended: { az: 'Başa çatıb', en: 'Ended', ru: 'Завершена' },
}

const isLive = (data: Partial<{ articleType: unknown }> | undefined) => data?.articleType === 'live'

/**
 * A live article's coverage: its state, shown to readers, and when it starts and ends (the LiveBlogPosting's
 * coverageStartTime and coverageEndTime). The entries themselves are documents of their own (collections/LiveEntries),
 * so adding one is a small save of its own, not a save of the whole article.
 */
export const liveCoverageField: Field = {
  name: 'liveCoverage',
  type: 'group',
  label: { az: 'Canlı yayım', en: 'Live coverage', ru: 'Онлайн-трансляция' },
  admin: { position: 'sidebar', condition: isLive },
  fields: [
    {
      name: 'state',
      type: 'select',
      label: { az: 'Vəziyyət', en: 'State', ru: 'Состояние' },
      defaultValue: 'upcoming',
      options: LIVE_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    },
    {
      name: 'startsAt',
      type: 'date',
      label: { az: 'Başlama vaxtı', en: 'Coverage starts', ru: 'Начало трансляции' },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          az: 'Boş qalsa, "Canlı gedir" seçildiyi an yazılır.',
          en: 'Left empty, it is set when the state becomes "Live now".',
          ru: 'Если оставить пустым, заполняется, когда выбрано «Идёт трансляция».',
        },
      },
    },
    {
      name: 'endsAt',
      type: 'date',
      label: { az: 'Bitmə vaxtı', en: 'Coverage ends', ru: 'Окончание трансляции' },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          az: 'Boş qalsa, "Başa çatıb" seçildiyi an yazılır.',
          en: 'Left empty, it is set when the state becomes "Ended".',
          ru: 'Если оставить пустым, заполняется, когда выбрано «Завершена».',
        },
      },
    },
  ],
}

/**
 * The compact entry form (components/admin/live/LiveEntryComposer.tsx) at the top of a live article: an entry in a
 * few seconds, without editing the article.
 */
export const liveEntryComposerField: Field = {
  name: 'liveEntryComposer',
  type: 'ui',
  admin: { condition: isLive, components: { Field: '/components/admin/live/LiveEntryComposer#LiveEntryComposer' } },
}
