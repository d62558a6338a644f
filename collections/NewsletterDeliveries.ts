import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { newsletterServiceOnly } from '@/access/newsletterOnly'

export const DELIVERIES_SLUG = 'newsletter-deliveries'

/**
 * One row per issue per subscriber, created (claimed) before the mail is handed to SMTP: its unique key is what
 * makes a digest run resumable without sending anyone the same issue twice (lib/newsletter/sendIssue.ts).
 * Staff may read them (ids and counts, never addresses: the subscriber's e-mail is admin-only); only the
 * newsletter service writes them. Rows older than the retention are dropped by the daily clean-up.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: DELIVERIES_SLUG,
  labels: {
    singular: { az: 'Bülleten göndərişi', en: 'Newsletter delivery', ru: 'Отправка рассылки' },
    plural: { az: 'Bülleten göndərişləri', en: 'Newsletter deliveries', ru: 'Отправки рассылки' },
  },
  admin: { hidden: true },
  lockDocuments: false,
  access: {
    read: ({ req }) => isStaff({ req }) || newsletterServiceOnly({ req }),
    create: newsletterServiceOnly,
    update: newsletterServiceOnly,
    delete: newsletterServiceOnly,
  },
  fields: [
    // `{issue}/{subscriber id}`: the unique index is the claim; two runs can never both create it.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    // e.g. `daily:2026-12-06:az`.
    { name: 'issue', type: 'text', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', index: true },
    // sending: claimed, SMTP's answer not yet recorded (or lost in a crash); refused: the relay refused the address for good.
    { name: 'status', type: 'select', options: ['sending', 'sent', 'refused'], required: true, defaultValue: 'sending', index: true },
    { name: 'sentAt', type: 'date' },
  ],
}
