import { isLocale, locales, type Locale } from '@/i18n/locales'
import { isPlausibleEmail } from '@/lib/reviews/rules'

import { isDisposableDomain } from './disposableDomains'
import { isFrequency, type Frequency } from './options'

/**
 * What a sign-up must be: the form checks it in the browser and the server applies the same function before
 * anything touches the database. Pure: the form's client component imports it.
 */
export type SubscriptionField = 'email' | 'languages' | 'frequency'
export type SubscriptionFieldError = 'required' | 'invalidEmail' | 'disposableEmail' | 'invalidChoice'
export type SubscriptionInput = { email: string; languages: string[]; frequency: string }
export type ValidSubscription = { email: string; languages: Locale[]; frequency: Frequency }
export type PreferencesInput = Omit<SubscriptionInput, 'email'>

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: Partial<Record<SubscriptionField, SubscriptionFieldError>> }

/** One address is one subscriber: trimmed and lower-cased (providers treat the local part case-insensitively). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function validatePreferences(input: PreferencesInput): Validation<Omit<ValidSubscription, 'email'>> {
  const errors: Partial<Record<SubscriptionField, SubscriptionFieldError>> = {}
  const chosen = [...new Set(input.languages)]
  if (chosen.length === 0) errors.languages = 'required'
  else if (!chosen.every(isLocale)) errors.languages = 'invalidChoice'
  if (!input.frequency) errors.frequency = 'required'
  else if (!isFrequency(input.frequency)) errors.frequency = 'invalidChoice'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  // In the portal's order, whatever order the form sent.
  return { ok: true, value: { languages: locales.filter((locale) => chosen.includes(locale)), frequency: input.frequency as Frequency } }
}

export function validateSubscription(input: SubscriptionInput): Validation<ValidSubscription> {
  const email = normalizeEmail(input.email)
  let emailError: SubscriptionFieldError | undefined
  if (!email) emailError = 'required'
  else if (!isPlausibleEmail(email)) emailError = 'invalidEmail'
  else if (isDisposableDomain(email.slice(email.lastIndexOf('@') + 1))) emailError = 'disposableEmail'
  const preferences = validatePreferences(input)
  const errors = { ...(emailError ? { email: emailError } : {}), ...(preferences.ok ? {} : preferences.errors) }
  if (emailError || !preferences.ok) return { ok: false, errors }
  return { ok: true, value: { email, ...preferences.value } }
}
