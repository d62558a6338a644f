import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/**
 * Set only by lib/newsletter/ on its own Local API calls, after validation, the honeypot and the rate limits
 * (subscribing) or after a token was verified (confirming, unsubscribing, changing preferences), and by the
 * digest job. An HTTP request cannot set a request's context, so no REST or GraphQL call can create a
 * subscriber, nor read the token fields, whoever makes it.
 */
export const NEWSLETTER_CONTEXT = 'newsletter'

export const byNewsletterService = (context: Record<string, unknown> | undefined): boolean => context?.[NEWSLETTER_CONTEXT] === true

export const newsletterServiceOnly: Access = ({ req }) => byNewsletterService(req.context)

/** Admins may see and manage subscribers (an erasure request, a bounce); the service acts for the reader. */
export const adminOrNewsletterService: Access = ({ req }) => hasRole(req.user, ['admin']) || byNewsletterService(req.context)

export const adminOrNewsletterServiceField: FieldAccess = ({ req }) => hasRole(req.user, ['admin']) || byNewsletterService(req.context)

export const newsletterServiceField: FieldAccess = ({ req }) => byNewsletterService(req.context)
