import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Subscriber } from '@/payload-types'
import { takeSlot } from '@/lib/reviews/locks'
import { hashAddress } from '@/lib/reviews/submitReview'

import { validateSubscription, type SubscriptionField, type SubscriptionFieldError, type SubscriptionInput } from './rules'
import { findSubscriber, asService } from './service'
import { sendAlreadySubscribed, sendConfirmation } from './serviceMail'
import { newsletterSettings, type NewsletterSettings } from './settings'
import { addressKey, manageToken, newConfirmToken, newNonce } from './tokens'

export type SignUp = {
  fields: SubscriptionInput
  /** The field people cannot see; only robots fill it in. */
  honeypot: string
  clientAddress: string
  /** The page's language: the confirmation mail is written in it. */
  locale: Locale
}

export type SignUpOutcome =
  | { outcome: 'received' }
  | { outcome: 'invalid'; errors: Partial<Record<SubscriptionField, SubscriptionFieldError>> }
  | { outcome: 'rate-limited'; retryAfterSeconds: number }

/**
 * A reader asking for the newsletter, from the form's server action. Cheap checks first, then the per-reader
 * limit (the review locks: one database row per use, so every instance shares it), then the honeypot. The
 * answer is the same "check your inbox" whether the address is new, pending, confirmed or over its own limit:
 * the form never tells a stranger whether an address is subscribed. Nothing is sent but the confirmation
 * (or, for an address already confirmed, a note with its preferences link) until the link is followed.
 */
export async function subscribe(payload: Payload, signUp: SignUp, { now = new Date(), settings = newsletterSettings() }: { now?: Date; settings?: NewsletterSettings } = {}): Promise<SignUpOutcome> {
  const validation = validateSubscription(signUp.fields)
  if (!validation.ok) return { outcome: 'invalid', errors: validation.errors }
  const { email, languages, frequency } = validation.value

  const reader = await takeSlot(payload, `newsletter:${hashAddress(payload.secret, signUp.clientAddress)}`, settings.perReader, now)
  if (!reader.allowed) return { outcome: 'rate-limited', retryAfterSeconds: reader.retryAfterSeconds }
  // A robot is answered like anyone else and learns nothing; no mail goes to the address it typed.
  if (signUp.honeypot.trim()) return { outcome: 'received' }
  const mailbox = await takeSlot(payload, `newsletter-address:${addressKey(payload.secret, email)}`, settings.perAddress, now)
  if (!mailbox.allowed) return { outcome: 'received' }

  const existing = await findSubscriber(payload, { email })
  if (existing?.status === 'confirmed') {
    await sendAlreadySubscribed(payload, email, signUp.locale, manageToken(payload.secret, existing, now))
    return { outcome: 'received' }
  }
  const { token, hash } = newConfirmToken()
  const pending: PendingFields = {
    languages,
    frequency,
    status: 'pending',
    confirmTokenHash: hash,
    confirmExpiresAt: new Date(now.getTime() + settings.confirmHours * 3600_000).toISOString(),
    // A fresh nonce revokes the links of mails sent before an unsubscription.
    manageNonce: newNonce(),
  }
  if (existing) await payload.update({ collection: 'subscribers', id: existing.id, data: pending, depth: 0, ...asService })
  else await createOrRenew(payload, email, pending)
  await sendConfirmation(payload, email, signUp.locale, token, settings.confirmHours)
  return { outcome: 'received' }
}

type PendingFields = Omit<Subscriber, 'id' | 'email' | 'createdAt' | 'updatedAt'>

/**
 * Two sign-ups of one new address at the same moment (a double click on another instance): the unique index on
 * `email` lets one create it; the other renews that pending row instead, so both readers' mails carry a link
 * that works (the later token wins). Both adapters report the collision as a ValidationError on `email`.
 */
async function createOrRenew(payload: Payload, email: string, pending: PendingFields): Promise<void> {
  try {
    await payload.create({ collection: 'subscribers', data: { email, ...pending }, depth: 0, ...asService })
  } catch (error) {
    const errors = (error as { data?: { errors?: unknown } } | null)?.data?.errors
    const collision = Array.isArray(errors) && errors.some((entry: unknown) => (entry as { path?: unknown } | null)?.path === 'email')
    const existing = collision ? await findSubscriber(payload, { email }) : null
    if (!existing || existing.status === 'confirmed') throw error
    await payload.update({ collection: 'subscribers', id: existing.id, data: pending, depth: 0, ...asService })
  }
}
