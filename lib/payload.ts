/**
 * Kept only for app/(payload)/api/[...slug]/route.ts, which the HTTP server-layer rewrite owns and this
 * reorganisation does not edit. Everything else imports cms/getPayloadClient.ts; drop this file once that
 * route does too.
 */
export { getPayloadClient } from '@/cms/getPayloadClient'
