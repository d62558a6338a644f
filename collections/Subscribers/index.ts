import type { CollectionConfig } from 'payload'

import { adminOrNewsletterService, adminOrNewsletterServiceField, newsletterServiceField, newsletterServiceOnly } from '@/access/newsletterOnly'
import { isStaff } from '@/access/isStaff'
import { locales } from '@/i18n/locales'
import type { Frequency, SubscriberStatus } from '@/lib/newsletter/options'

import { subscriberEndpoints } from './endpoints'

export const SUBSCRIBERS_SLUG = 'subscribers'

/** Only the newsletter service (lib/newsletter/) reads or writes these; nobody sees them, admins included. */
const serviceOnly = { read: newsletterServiceField, create: newsletterServiceField, update: newsletterServiceField }
const hidden = { hidden: true, disableListColumn: true, disableListFilter: true } as const

/**
 * Readers who asked for the newsletter by e-mail. Sign-ups come only through the site's form (lib/newsletter/
 * subscribe.ts: validated, honeypot, per-reader limits), which creates them through the access rules with the
 * service's context; REST and GraphQL can never create one. Staff see the list and its counts (languages,
 * frequency, status) but only admins see addresses. Tokens are never stored: the confirmation token as a
 * hash, the management links as a keyed signature over `manageNonce` (lib/newsletter/tokens.ts).
 */
export const Subscribers: CollectionConfig = {
  slug: SUBSCRIBERS_SLUG,
  labels: {
    singular: { az: 'Abunəçi', en: 'Subscriber', ru: 'Подписчик' },
    plural: { az: 'Abunəçilər', en: 'Subscribers', ru: 'Подписчики' },
  },
  admin: {
    defaultColumns: ['status', 'languages', 'frequency', 'confirmedAt', 'createdAt'],
    description: {
      az: 'Bülleten abunəçiləri. Ünvanları yalnız adminlər görür; digər əməkdaşlar say və seçimləri görür.',
      en: 'Newsletter subscribers. Only admins see addresses; other staff see the counts and choices.',
      ru: 'Подписчики рассылки. Адреса видят только администраторы; остальные сотрудники видят количество и выбор.',
    },
  },
  lockDocuments: false,
  endpoints: subscriberEndpoints,
  access: {
    create: newsletterServiceOnly,
    read: ({ req }) => isStaff({ req }) || newsletterServiceOnly({ req }),
    update: adminOrNewsletterService,
    delete: adminOrNewsletterService,
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      label: { az: 'E-poçt', en: 'E-mail', ru: 'Эл. почта' },
      required: true,
      unique: true,
      index: true,
      // Stored lower-cased and trimmed (lib/newsletter/rules.ts), so one address is one subscriber.
      access: { read: adminOrNewsletterServiceField, create: newsletterServiceField, update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'languages',
      type: 'select',
      label: { az: 'Dillər', en: 'Languages', ru: 'Языки' },
      options: [...locales],
      hasMany: true,
      required: true,
      access: { update: adminOrNewsletterServiceField },
    },
    {
      name: 'frequency',
      type: 'select',
      label: { az: 'Tezlik', en: 'Frequency', ru: 'Частота' },
      options: [
        { value: 'daily', label: { az: 'Gündəlik', en: 'Daily', ru: 'Ежедневно' } },
        { value: 'weekly', label: { az: 'Həftəlik', en: 'Weekly', ru: 'Еженедельно' } },
      ] satisfies { value: Frequency; label: Record<string, string> }[],
      required: true,
      defaultValue: 'weekly',
      index: true,
      access: { update: adminOrNewsletterServiceField },
    },
    {
      name: 'status',
      type: 'select',
      label: { az: 'Status', en: 'Status', ru: 'Статус' },
      options: [
        { value: 'pending', label: { az: 'Təsdiq gözləyir', en: 'Awaiting confirmation', ru: 'Ждёт подтверждения' } },
        { value: 'confirmed', label: { az: 'Təsdiqlənib', en: 'Confirmed', ru: 'Подтверждён' } },
        { value: 'unsubscribed', label: { az: 'Abunəlikdən çıxıb', en: 'Unsubscribed', ru: 'Отписан' } },
      ] satisfies { value: SubscriberStatus; label: Record<string, string> }[],
      required: true,
      defaultValue: 'pending',
      index: true,
      access: { update: adminOrNewsletterServiceField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: { az: 'Təsdiq vaxtı', en: 'Confirmed at', ru: 'Подтверждён' },
      access: serviceOnlyWrite(),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: { az: 'Çıxma vaxtı', en: 'Unsubscribed at', ru: 'Отписан' },
      access: serviceOnlyWrite(),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    // SHA-256 of the confirmation link's random token; cleared once used, so a replayed link finds nothing.
    { name: 'confirmTokenHash', type: 'text', index: true, access: serviceOnly, admin: hidden },
    // When the confirmation link stops working; pending sign-ups past it are deleted daily.
    { name: 'confirmExpiresAt', type: 'date', index: true, access: serviceOnly, admin: hidden },
    // Random, part of every management link's signature: a new one (on signing up again) revokes old links.
    { name: 'manageNonce', type: 'text', access: serviceOnly, admin: hidden },
  ],
}

function serviceOnlyWrite() {
  return { create: newsletterServiceField, update: newsletterServiceField }
}
