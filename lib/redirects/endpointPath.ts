/**
 * The loopback endpoint the server asks before a page's 404 (lib/redirects/resolveEndpoint.ts). Its own file so
 * that the server's bundle (server/main.ts) names it without importing Payload.
 */
export const REDIRECTS_SLUG = 'redirects'
export const RESOLVE_REDIRECT_ENDPOINT = '/resolve'
export const RESOLVE_REDIRECT_PATH = `/api/${REDIRECTS_SLUG}${RESOLVE_REDIRECT_ENDPOINT}`
