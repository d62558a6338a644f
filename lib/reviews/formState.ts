import type { ReviewField, ReviewFieldError, ReviewInput } from './rules'
import type { SubmissionOutcome } from './submitReview'

/** What the review form shows after a submission: the result, field errors, and what the reader typed. */
export type ReviewFormState = {
  status: 'idle' | 'received' | 'invalid' | 'rate-limited' | 'duplicate' | 'not-found' | 'closed-article' | 'closed-site' | 'unavailable'
  values: ReviewInput
  errors: Partial<Record<ReviewField, ReviewFieldError>>
  retryAfterMinutes?: number
  /** Counts submissions, so the form can tell a new result from a re-render of the same one. */
  attempt: number
}

export const EMPTY_VALUES: ReviewInput = { name: '', email: '', rating: '', body: '' }

export const INITIAL_REVIEW_FORM_STATE: ReviewFormState = { status: 'idle', values: EMPTY_VALUES, errors: {}, attempt: 0 }

/** A received review empties the form; every other outcome keeps everything the reader typed. */
export function formStateFor(outcome: SubmissionOutcome, values: ReviewInput, attempt: number): ReviewFormState {
  switch (outcome.outcome) {
    case 'received':
      return { status: 'received', values: EMPTY_VALUES, errors: {}, attempt }
    case 'invalid':
      return { status: 'invalid', values, errors: outcome.errors, attempt }
    case 'rate-limited':
      return { status: 'rate-limited', values, errors: {}, attempt, retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) }
    case 'closed':
      return { status: outcome.reason === 'site' ? 'closed-site' : 'closed-article', values, errors: {}, attempt }
    default:
      return { status: outcome.outcome, values, errors: {}, attempt }
  }
}
