import type { SubscriptionField, SubscriptionFieldError, SubscriptionInput } from './rules'
import type { SignUpOutcome } from './subscribe'

/** What the sign-up form shows after a submission: the result, field errors, and what the reader chose. */
export type SignUpFormState = {
  status: 'idle' | 'received' | 'invalid' | 'rate-limited' | 'unavailable'
  values: SubscriptionInput
  errors: Partial<Record<SubscriptionField, SubscriptionFieldError>>
  retryAfterMinutes?: number
  /** Counts submissions, so the form can tell a new result from a re-render of the same one. */
  attempt: number
}

/** A fresh form: the page's language and the weekly digest are chosen. */
export const initialSignUpState = (locale: string): SignUpFormState => ({
  status: 'idle',
  values: { email: '', languages: [locale], frequency: 'weekly' },
  errors: {},
  attempt: 0,
})

/** A received sign-up empties the address; every other outcome keeps everything the reader typed and chose. */
export function signUpFormStateFor(outcome: SignUpOutcome, values: SubscriptionInput, attempt: number): SignUpFormState {
  switch (outcome.outcome) {
    case 'received':
      return { status: 'received', values: { ...values, email: '' }, errors: {}, attempt }
    case 'invalid':
      return { status: 'invalid', values, errors: outcome.errors, attempt }
    case 'rate-limited':
      return { status: 'rate-limited', values, errors: {}, attempt, retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60) }
  }
}
