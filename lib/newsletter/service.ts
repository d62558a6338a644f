import type { Payload } from 'payload'

import { NEWSLETTER_CONTEXT } from '@/access/newsletterOnly'
import type { Subscriber } from '@/payload-types'

/**
 * Every Local API call of the newsletter goes through the collections' access rules (overrideAccess: false)
 * with the service's context (access/newsletterOnly.ts): the rules, not a bypass, decide what it may touch.
 */
export const asService = { overrideAccess: false, context: { [NEWSLETTER_CONTEXT]: true, disableRevalidate: true } } as const

export async function findSubscriber(payload: Payload, where: { email: string } | { confirmTokenHash: string } | { id: string }): Promise<Subscriber | null> {
  const [field, value] = Object.entries(where)[0]
  const { docs } = await payload.find({ collection: 'subscribers', where: { [field]: { equals: value } }, limit: 1, depth: 0, pagination: false, ...asService })
  return docs[0] ?? null
}
