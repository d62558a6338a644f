/**
 * The portal's HTTP security headers, in one place. next.config.ts sends the common ones on every response;
 * the server (server/pages.ts) gives public pages their Content-Security-Policy with the page's nonce: a fresh
 * one on each request, which Next.js puts on the scripts of a page it renders (it reads the nonce from the
 * request's CSP header), and the rendered one for a page served from the cache.
 */

/** Public pages: no inline script without this request's nonce, no plugins, never framed, forms post home. */
export function publicContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React and Next set style attributes; styles cannot run code, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Payload's admin (not a public page): it relies on inline scripts Next emits without a nonce there, so its
 * policy allows them, but still loads nothing from other origins and may be framed only by itself
 * (the live preview).
 */
export const ADMIN_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

/** On every response: pages, API, feeds, files. */
export const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
] as const

/** Only over https (as a proxy in front reports it): a browser must never be told to insist on https over http. */
export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' } as const

/** A random nonce per response, base64 as CSP expects. */
export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
