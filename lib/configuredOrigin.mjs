// Shared by the server's request guard (server/requestGuard.ts) and the app (lib/authSettings.ts re-exports it).

/**
 * The configured public address (SERVER_URL) as an origin, or null when none (or no valid one) is set.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
export function configuredOrigin(env = process.env) {
  const url = env.SERVER_URL?.trim().replace(/\/+$/, '')
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * Origins whose pages may send state-changing requests with a staff cookie (Payload's CSRF list) and that the
 * request guard accepts besides the request's own host; empty locally, where the Host comparison suffices.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[]}
 */
export function csrfOrigins(env = process.env) {
  const origin = configuredOrigin(env)
  return origin ? [origin] : []
}
