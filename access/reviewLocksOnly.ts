import type { Access } from 'payload'

/** Set by lib/reviews/locks.ts on its own Local API calls; an HTTP request cannot set a request's context. */
export const REVIEW_LOCKS_CONTEXT = 'reviewLocks'

/** Review locks are bookkeeping: only the review limiter may create, read or delete them, never a user. */
export const reviewLocksOnly: Access = ({ req }) => req.context?.[REVIEW_LOCKS_CONTEXT] === true
