import type { Access } from 'payload'

/**
 * Set only by lib/reviews/submitReview.ts, after validation, rate limits and spam checks. Payload's REST API
 * cannot set a request's context, so `POST /api/reviews` is refused for everyone, staff included: reviews
 * come from readers through the site's form and its endpoint, nowhere else.
 */
export const REVIEW_SUBMISSION_CONTEXT = 'reviewSubmission'

export const submittedThroughSiteForm: Access = ({ req }) => req.context?.[REVIEW_SUBMISSION_CONTEXT] !== undefined
