import type { CollectionBeforeChangeHook } from 'payload'

import type { Review } from '@/payload-types'

import { queueOrder } from './queueOrder'

/** A moderator's decision records who made it and when, and moves the review out of the queue. */
export const recordModeration: CollectionBeforeChangeHook<Review> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || data.status === undefined || data.status === originalDoc.status) return data
  return {
    ...data,
    moderatedBy: req.user && req.user.collection === 'users' ? req.user.id : null,
    moderatedAt: new Date().toISOString(),
    queueOrder: queueOrder(data.status, data.flags ?? originalDoc.flags),
  }
}
