import type { Payload } from 'payload'

import { configuredOrigin } from '@/lib/siteUrl'

/**
 * Absolute admin addresses for mail, always from SERVER_URL (lib/siteUrl.ts): never from the request's Host or
 * X-Forwarded-Host, which whoever asks for a password reset controls.
 */
export function adminLink(payload: Payload, path: string): string {
  return `${configuredOrigin(process.env)}${payload.config.routes.admin}${path}`
}

/** Payload's own reset page (/admin/reset/<token>): it sets the password and logs the member in. */
export const setPasswordLink = (payload: Payload, token: string) => adminLink(payload, `${payload.config.admin.routes.reset}/${token}`)

/** The reviews list filtered to the ones waiting (it is sorted queue-first anyway). */
export const reviewQueueLink = (payload: Payload) => adminLink(payload, '/collections/reviews?where[status][equals]=pending')
