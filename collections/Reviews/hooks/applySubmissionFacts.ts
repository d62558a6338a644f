import type { CollectionBeforeChangeHook } from 'payload'

import { REVIEW_SUBMISSION_CONTEXT } from '@/access/submittedThroughSiteForm'
import type { Review } from '@/payload-types'

import { queueOrder } from './queueOrder'

/** What the server established about a submission (lib/reviews/submitReview.ts), never taken from the reader. */
export type SubmissionFacts = Pick<Review, 'status' | 'flags' | 'ipHash' | 'userAgent'>

/**
 * Payload drops the values readers may not set (status, flags, IP hash…) before this hook runs; the
 * server's own findings come through the request context, which no HTTP request can set.
 */
export const applySubmissionFacts: CollectionBeforeChangeHook<Review> = ({ data, operation, context }) => {
  if (operation !== 'create') return data
  const facts = context[REVIEW_SUBMISSION_CONTEXT] as SubmissionFacts | undefined
  if (!facts) return data
  return { ...data, ...facts, queueOrder: queueOrder(facts.status, facts.flags) }
}
