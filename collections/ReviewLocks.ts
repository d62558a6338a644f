import type { CollectionConfig } from 'payload'

import { reviewLocksOnly } from '@/access/reviewLocksOnly'

/**
 * Rows that make the review limits atomic across instances (lib/reviews/locks.ts): one per use of a rate-limit
 * window and one per recent review body. The staff password throttle (cms/staffAuth/passwordAttempts.ts)
 * keeps its windows here too, and so does the job runner its lease of each interval (cms/jobRunner.ts). Not shown in the admin; expired rows are dropped as they are met.
 */
export const ReviewLocks: CollectionConfig = {
  slug: 'review-locks',
  admin: { hidden: true },
  lockDocuments: false,
  access: {
    create: reviewLocksOnly,
    read: reviewLocksOnly,
    update: () => false,
    delete: reviewLocksOnly,
  },
  fields: [
    // The unique index is the lock: two requests can never create the same key.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
