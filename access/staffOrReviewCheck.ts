import type { FieldAccess } from 'payload'

import { REVIEW_SUBMISSION_CONTEXT } from './submittedThroughSiteForm'
import { hasRole, ROLES } from './roles'

/** Staff, and the review check itself (lib/reviews/submitReview.ts), which reads as the public. */
export const staffOrReviewCheck: FieldAccess = ({ req }) =>
  hasRole(req.user, ROLES) || req.context?.[REVIEW_SUBMISSION_CONTEXT] !== undefined
