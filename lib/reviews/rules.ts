/**
 * The rules a review must meet. The form uses them for its hints and in-browser checks, and the server
 * applies exactly the same function before anything touches the database, so the two can never disagree.
 * Pure: no server imports, because the form's client component imports this file.
 */
export const REVIEW_RULES = {
  name: { min: 2, max: 80 },
  email: { max: 254 },
  body: { min: 10, max: 3000 },
  rating: { min: 1, max: 5 },
} as const

export const REVIEW_FIELDS = ['name', 'email', 'rating', 'body'] as const
export type ReviewField = (typeof REVIEW_FIELDS)[number]

/** Why a field was refused; the form and the JSON endpoint turn these into messages in the reader's language. */
export type ReviewFieldError = 'required' | 'tooShort' | 'tooLong' | 'invalidEmail' | 'invalidRating'

export type ReviewInput = { name: string; email: string; rating: string; body: string }

export type ValidReview = { name: string; email: string | null; rating: number | null; body: string }

export type ReviewValidation =
  | { ok: true; review: ValidReview }
  | { ok: false; errors: Partial<Record<ReviewField, ReviewFieldError>> }

// Deliberately simple: one @, something on both sides, a dot in the domain and no spaces. Anything stricter
// refuses real addresses; the address is only for the newsroom to reply, never shown or mailed automatically.
// The newsletter's sign-up (lib/newsletter/rules.ts) uses the same test.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/

export const isPlausibleEmail = (email: string): boolean => characterCount(email) <= REVIEW_RULES.email.max && EMAIL.test(email)

/** Counts characters as readers see them (an emoji or "ə" is one), not UTF-16 code units. */
export function characterCount(text: string): number {
  return Array.from(text).length
}

/** Whitespace alone never counts towards the minimum; the maximum applies to everything that would be stored. */
function lengthError(stored: string, rule: { min: number; max: number }): ReviewFieldError | undefined {
  const meaningful = characterCount(stored.trim())
  if (meaningful === 0) return 'required'
  if (meaningful < rule.min) return 'tooShort'
  if (characterCount(stored) > rule.max) return 'tooLong'
  return undefined
}

/**
 * Checks what a reader typed. The name and e-mail are trimmed (they are labels); the body is kept exactly
 * as typed, markup and all: it is stored as text and escaped when shown, never parsed.
 */
export function validateReview(input: ReviewInput): ReviewValidation {
  const name = input.name.trim()
  const email = input.email.trim()
  const body = input.body
  const rating = input.rating.trim()
  const errors: Partial<Record<ReviewField, ReviewFieldError>> = {}

  const nameError = lengthError(name, REVIEW_RULES.name)
  if (nameError) errors.name = nameError
  if (email && !isPlausibleEmail(email)) errors.email = 'invalidEmail'
  const bodyError = lengthError(body, REVIEW_RULES.body)
  if (bodyError) errors.body = bodyError
  let ratingValue: number | null = null
  if (rating) {
    ratingValue = /^\d$/.test(rating) ? Number(rating) : NaN
    if (!(ratingValue >= REVIEW_RULES.rating.min && ratingValue <= REVIEW_RULES.rating.max)) errors.rating = 'invalidRating'
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, review: { name, email: email || null, rating: ratingValue, body } }
}

/** Reads a field from a form or JSON body; anything that is not a string (a file, an object) counts as empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}
