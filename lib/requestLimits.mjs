// How large a request body each kind of route accepts: the one place for these limits, read by the server's
// request guard (server/requestGuard.ts, before Next reads anything) and the app (collections/Media, the
// review endpoint, next.config.ts).

const KB = 1024
const MB = 1024 * KB

/** The largest media file accepted (Payload's upload limit, payload.config.ts); a newsroom photo is far smaller. */
export const MAX_UPLOAD_BYTES = 15 * MB

/** Room for the rest of an upload's multipart form: boundaries, part headers and `_payload` (alt, caption, credit). */
const UPLOAD_FORM_OVERHEAD_BYTES = 512 * KB

/** The review endpoint's own limit (lib/reviews/readLimitedBody.ts): a maximal review in any script is far below it. */
export const MAX_REVIEW_REQUEST_BYTES = 32 * KB

/** The newsletter's endpoints (collections/Subscribers/endpoints.ts): a token, a language and a few choices. */
export const MAX_NEWSLETTER_REQUEST_BYTES = 8 * KB

/**
 * The admin's server actions (Payload's form state, sent on every change of a document being edited): the
 * whole document with each field's value and state. Next's own limit for server actions
 * (experimental.serverActions.bodySizeLimit in next.config.ts) is set to this, so the guard answers first.
 */
export const MAX_ADMIN_ACTION_BYTES = 8 * MB

/**
 * Limits by route, first match wins: `methods` (omitted: any) and a pattern of the path (no query string).
 * Measured in Chromium (tests/e2e/bigArticle.ts): 30,000 words of Russian rich text, edited in the admin, are
 * saved as 0.7 MB (PATCH to the API) and sent as 1.4–2.1 MB of form state (server actions): the API limit
 * and the admin's leave about three and four times that.
 * @type {ReadonlyArray<{ name: string, methods?: readonly string[], path: RegExp, maxBytes: number }>}
 */
export const BODY_LIMITS = [
  // A new file, or a replaced one (PATCH of one media document).
  { name: 'upload', methods: ['POST'], path: /^\/api\/media\/?$/, maxBytes: MAX_UPLOAD_BYTES + UPLOAD_FORM_OVERHEAD_BYTES },
  { name: 'upload', methods: ['PATCH'], path: /^\/api\/media\/[^/]+\/?$/, maxBytes: MAX_UPLOAD_BYTES + UPLOAD_FORM_OVERHEAD_BYTES },
  // Open to anyone, and an e-mail, a password or a token is all they carry.
  { name: 'auth', path: /^\/api\/[^/]+\/(?:login|logout|forgot-password|reset-password|unlock|refresh-token)\/?$/, maxBytes: 8 * KB },
  { name: 'review', path: /^\/api\/reviews\/submit\/?$/, maxBytes: MAX_REVIEW_REQUEST_BYTES },
  // The newsletter's buttons and one-click unsubscription (collections/Subscribers/endpoints.ts): a token and a few choices.
  { name: 'newsletter', path: /^\/api\/subscribers\/(?:confirm|unsubscribe|preferences)\/?$/, maxBytes: MAX_NEWSLETTER_REQUEST_BYTES },
  // Every other API call: a document saved as JSON, or as the admin's multipart `_payload`.
  { name: 'api', path: /^\/api(?:\/|$)/, maxBytes: 2 * MB },
  { name: 'admin', path: /^\/admin(?:\/|$)/, maxBytes: MAX_ADMIN_ACTION_BYTES },
  // Public pages: only the review form's and the newsletter sign-up's server actions take a body (name, e-mail, rating, 3,000 characters).
  { name: 'page', path: /^/, maxBytes: 64 * KB },
]

/**
 * The limit for a request's body: the first rule matching its method and path.
 * @param {string} method
 * @param {string} path the URL's path, without the query string
 * @returns {{ name: string, maxBytes: number }}
 */
export function bodyLimitFor(method, path) {
  const rule = BODY_LIMITS.find((candidate) => (!candidate.methods || candidate.methods.includes(method)) && candidate.path.test(path))
  // The last rule matches every path.
  return { name: rule.name, maxBytes: rule.maxBytes }
}
