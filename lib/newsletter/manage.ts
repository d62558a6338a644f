import type { Payload } from 'payload'

import type { Subscriber } from '@/payload-types'

import { validatePreferences, type PreferencesInput, type SubscriptionField, type SubscriptionFieldError } from './rules'
import { asService, findSubscriber } from './service'
import { newsletterSettings } from './settings'
import { checkManageToken, hashToken, parseManageToken } from './tokens'

export type LinkProblem = 'invalid' | 'expired'

/** What a confirmation link leads to, without using it: the page shows its button only for a usable link. */
export async function inspectConfirmToken(payload: Payload, token: unknown, now = new Date()): Promise<'ready' | LinkProblem> {
  const subscriber = await pendingFor(payload, token)
  if (!subscriber) return 'invalid'
  return isExpired(subscriber, now) ? 'expired' : 'ready'
}

/**
 * Follows a confirmation link: the one moment a sign-up becomes a subscription. The token is cleared in the
 * same write, so the link works once; a replay or a made-up token finds nothing ('invalid').
 */
export async function confirmSubscription(payload: Payload, token: unknown, now = new Date()): Promise<{ outcome: 'confirmed'; subscriber: Subscriber } | { outcome: LinkProblem }> {
  const subscriber = await pendingFor(payload, token)
  if (!subscriber) return { outcome: 'invalid' }
  if (isExpired(subscriber, now)) return { outcome: 'expired' }
  const confirmed = await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { status: 'confirmed', confirmedAt: now.toISOString(), confirmTokenHash: null, confirmExpiresAt: null },
    depth: 0,
    ...asService,
  })
  return { outcome: 'confirmed', subscriber: confirmed }
}

/** The subscriber a management link (unsubscribe, preferences) names, when its signature holds and it is recent enough. */
export async function subscriberForLink(payload: Payload, token: unknown, now = new Date()): Promise<{ subscriber: Subscriber } | { problem: LinkProblem }> {
  const parsed = parseManageToken(token)
  if (!parsed) return { problem: 'invalid' }
  const subscriber = await findSubscriber(payload, { id: parsed.id })
  if (!subscriber) return { problem: 'invalid' }
  const check = checkManageToken(payload.secret, parsed, subscriber.manageNonce ?? '', now, newsletterSettings().manageLinkDays)
  return check === 'valid' ? { subscriber } : { problem: check }
}

/**
 * Unsubscribes at once, from the page's button or a mail client's one-click POST. Idempotent: a replayed link
 * (a client retrying, a second click) answers the same and changes nothing. Signing up again makes a new
 * nonce, so an old mail's link cannot undo a newer subscription.
 */
export async function unsubscribe(payload: Payload, token: unknown, now = new Date()): Promise<{ outcome: 'unsubscribed' } | { outcome: LinkProblem }> {
  const found = await subscriberForLink(payload, token, now)
  if ('problem' in found) return { outcome: found.problem }
  if (found.subscriber.status !== 'unsubscribed') {
    await payload.update({ collection: 'subscribers', id: found.subscriber.id, data: { status: 'unsubscribed', unsubscribedAt: now.toISOString() }, depth: 0, ...asService })
  }
  return { outcome: 'unsubscribed' }
}

export type PreferencesOutcome =
  | { outcome: 'saved' }
  | { outcome: 'invalid'; errors: Partial<Record<SubscriptionField, SubscriptionFieldError>> }
  | { outcome: LinkProblem | 'unsubscribed' }

/** Changes languages and frequency from a mail's link; an unsubscribed reader must sign up again instead. */
export async function updatePreferences(payload: Payload, token: unknown, input: PreferencesInput, now = new Date()): Promise<PreferencesOutcome> {
  const found = await subscriberForLink(payload, token, now)
  if ('problem' in found) return { outcome: found.problem }
  if (found.subscriber.status === 'unsubscribed') return { outcome: 'unsubscribed' }
  const validation = validatePreferences(input)
  if (!validation.ok) return { outcome: 'invalid', errors: validation.errors }
  await payload.update({ collection: 'subscribers', id: found.subscriber.id, data: validation.value, depth: 0, ...asService })
  return { outcome: 'saved' }
}

async function pendingFor(payload: Payload, token: unknown): Promise<Subscriber | null> {
  if (typeof token !== 'string' || !/^[\w-]{43}$/.test(token)) return null
  const subscriber = await findSubscriber(payload, { confirmTokenHash: hashToken(token) })
  return subscriber?.status === 'pending' ? subscriber : null
}

const isExpired = (subscriber: Subscriber, now: Date) => !subscriber.confirmExpiresAt || new Date(subscriber.confirmExpiresAt) <= now

/** Sign-ups never confirmed are deleted once their link has expired: an address nobody confirmed is not kept. */
export async function deleteExpiredSignUps(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'subscribers',
    where: { and: [{ status: { equals: 'pending' } }, { confirmExpiresAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    ...asService,
  })
  return docs.length
}
